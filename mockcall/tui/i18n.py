"""Every string the trainee UI shows, in English and Indonesian, in one table.

Keeping the table in one module means a translator edits one file and a missing translation is
a test failure, not a surprise on the floor. Persona lines are *not* here: the customer always
speaks in the persona's own locale. Engine refusals arrive as stable codes and are translated
here too (``refusal()``), so the core never needs to know which language the trainee reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

LANGUAGES: Final = ("en", "id")

#: key -> (English, Indonesian). ``{name}`` fields are filled by :func:`t`.
STRINGS: Final[dict[str, tuple[str, str]]] = {
    # --- app / home
    "app.title": ("mockcall", "mockcall"),
    "home.subtitle": (
        "Practise calls against scripted customers",
        "Latihan telepon dengan pelanggan tiruan",
    ),
    "home.trainee": ("Trainee name", "Nama trainee"),
    "home.trainee.placeholder": ("your name", "nama Anda"),
    "home.mode": ("Mode", "Mode"),
    "home.search": ("search personas…", "cari persona…"),
    "home.personas": ("Personas", "Persona"),
    "home.recent": ("Recent scores", "Skor terakhir"),
    "home.recent.none": ("No scores yet.", "Belum ada skor."),
    "home.loading": ("Reading the personas…", "Membaca persona…"),
    "home.none": ("No personas found.", "Persona tidak ditemukan."),
    "home.shift.calls": ("Calls in the shift", "Jumlah panggilan"),
    "home.shift.autoin": ("Auto-in", "Auto-in"),
    "home.pick": ("Pick a persona first.", "Pilih persona dulu."),
    "home.brief": (
        "{direction} · {channel} · {locale} · difficulty {difficulty}",
        "{direction} · {channel} · {locale} · kesulitan {difficulty}",
    ),
    "mode.practice": ("Practice", "Latihan"),
    "mode.assessment": ("Assessment", "Asesmen"),
    "mode.shift": ("Nesting shift", "Shift nesting"),
    "dir.inbound": ("inbound", "inbound"),
    "dir.outbound": ("outbound", "outbound"),
    "channel.call": ("call", "telepon"),
    "channel.chat": ("chat", "chat"),
    "channel.email": ("email", "email"),
    # --- bindings
    "key.start": ("Start", "Mulai"),
    "key.search": ("Search", "Cari"),
    "key.quit": ("Quit", "Keluar"),
    "key.reply": ("Reply", "Jawab"),
    "key.answer": ("Answer", "Angkat"),
    "key.hold": ("Hold", "Hold"),
    "key.mute": ("Mute", "Mute"),
    "key.warm": ("Warm", "Hangat"),
    "key.cold": ("Cold", "Dingin"),
    "key.escalate": ("Escalate", "Eskalasi"),
    "key.end": ("End", "Tutup"),
    "key.type": ("Type", "Ketik"),
    "key.tools": ("Tools", "Tools"),
    "key.card": ("Card", "Kartu"),
    "key.kb": ("KB", "KB"),
    "key.dial": ("Dial", "Dial"),
    "key.submit": ("Submit ACW", "Kirim ACW"),
    "key.retry": ("Retry", "Ulangi"),
    "key.home": ("Home", "Beranda"),
    "key.transcript": ("Transcript", "Transkrip"),
    "key.scorecard": ("Scorecard", "Skor"),
    "key.avail": ("Avail/AUX", "Avail/AUX"),
    "key.back": ("Back", "Kembali"),
    "key.cancel": ("Cancel", "Batal"),
    "key.send": ("Send", "Kirim"),
    "key.open": ("Open", "Buka"),
    "key.keys": ("Keys", "Tombol"),
    # --- status bar
    "status.agent": ("Agent", "Agen"),
    "status.avail": ("AVAIL", "AVAIL"),
    "status.aux": ("AUX", "AUX"),
    "status.ringing": ("RINGING", "BERDERING"),
    "status.dialing": ("DIALLING", "MEN-DIAL"),
    "status.connected": ("ON CALL", "DALAM PANGGILAN"),
    "status.on_hold": ("ON HOLD", "HOLD"),
    "status.acw": ("ACW", "ACW"),
    "status.done": ("DONE", "SELESAI"),
    "status.muted": ("MUTED", "MUTE"),
    "status.hold": ("hold {time}", "hold {time}"),
    # --- call screen
    "call.ringing": (
        "The phone is ringing — press a to answer.",
        "Telepon berdering — tekan a untuk mengangkat.",
    ),
    "call.dialing": (
        "Outbound: choose a number from the call list and press Enter (or d).",
        "Outbound: pilih nomor di daftar lalu tekan Enter (atau d).",
    ),
    "call.options": ("Your replies", "Jawaban Anda"),
    "call.call.placeholder": (
        "/ type a reply (or an option's number), Enter sends, Esc back to the keys",
        "/ ketik jawaban (atau nomor opsi), Enter kirim, Esc kembali ke tombol",
    ),
    "call.hint": ("Hint: {hint}", "Petunjuk: {hint}"),
    "watch.errors": (
        "{file} has errors; the call goes on with the last good version:\n{problems}",
        "{file} berisi kesalahan; panggilan berlanjut dengan versi terakhir yang benar:\n"
        "{problems}",
    ),
    "watch.more": ("…and {count} more", "…dan {count} lagi"),
    "watch.missing": (
        "{file} no longer holds a persona; the call goes on unchanged.",
        "{file} tidak lagi berisi persona; panggilan berlanjut tanpa perubahan.",
    ),
    "watch.reloaded": (
        "Reloaded {file}: replayed {count} actions.",
        "{file} dimuat ulang: {count} tindakan diulang.",
    ),
    "watch.stopped": (
        "Reloaded {file}: replayed {count} actions; {action} no longer fits: {reason} — "
        "the call restarted there.",
        "{file} dimuat ulang: {count} tindakan diulang; {action} tidak cocok lagi: {reason} — "
        "panggilan dimulai lagi dari situ.",
    ),
    "call.confirm.title": ("Did you mean…?", "Maksud Anda…?"),
    "call.confirm.typed": ("You typed: {text}", "Anda mengetik: {text}"),
    "call.confirm.help": (
        "Press the number of the reply you meant, or Esc to send your words as typed.",
        "Tekan nomor jawaban yang Anda maksud, atau Esc untuk mengirim apa adanya.",
    ),
    "key.send_as_typed": ("Send as typed", "Kirim apa adanya"),
    "store.not_saved": (
        "This call is not being saved: {reason}",
        "Panggilan ini tidak disimpan: {reason}",
    ),
    "resume.title": ("An unfinished call was found", "Ada panggilan yang belum selesai"),
    "resume.body": (
        "{persona} ({account}) · trainee {trainee} · {mode}\n"
        "started {started} · {events} events · {seconds}s into the call\n"
        "mockcall stopped during this call. Resume it where it stopped, or mark it abandoned.",
        "{persona} ({account}) · trainee {trainee} · {mode}\n"
        "mulai {started} · {events} kejadian · {seconds} dtk berjalan\n"
        "mockcall berhenti saat panggilan ini. Lanjutkan dari titik terakhir, atau tandai "
        "ditinggalkan.",
    ),
    "key.resume": ("Resume", "Lanjutkan"),
    "key.abandon": ("Abandon", "Tinggalkan"),
    "key.later": ("Decide later", "Nanti saja"),
    "resume.missing": (
        "Call {session} cannot be resumed: persona '{persona}' is not in the library.",
        "Panggilan {session} tidak bisa dilanjutkan: persona '{persona}' tidak ditemukan.",
    ),
    "resume.failed": (
        "Call {session} cannot be continued: the customer '{persona}' has been changed since "
        "the call stopped, so it would not go the same way. Its transcript is kept for review "
        "(marked abandoned).",
        "Panggilan {session} tidak bisa dilanjutkan: pelanggan '{persona}' sudah diubah sejak "
        "panggilan berhenti, jadi jalannya tidak akan sama. Transkripnya tetap disimpan untuk "
        "ditinjau (ditandai ditinggalkan).",
    ),
    "resume.abandoned": ("Call {session} marked abandoned.", "Panggilan {session} ditinggalkan."),
    "call.customer": ("Customer", "Pelanggan"),
    "call.you": ("You", "Anda"),
    "call.list": ("Call list", "Daftar panggilan"),
    "call.list.name": ("Name", "Nama"),
    "call.list.phone": ("Phone", "Telepon"),
    "call.list.local": ("Local time", "Waktu lokal"),
    "call.list.dnc": ("DNC", "DNC"),
    "call.list.note": ("Note", "Catatan"),
    "call.list.yes": ("DNC!", "DNC!"),
    "call.email.from": ("From: {name} <{email}>", "Dari: {name} <{email}>"),
    "call.email.subject": ("Subject: {subject}", "Subjek: {subject}"),
    "call.email.reply": ("Your reply", "Balasan Anda"),
    # --- what mockcall understood of a typed reply, and the trainee's "not what I meant"
    "call.heard": ("heard: {acts}", "terbaca: {acts}"),
    "call.heard.none": (
        "mockcall could not tell what this reply does — nothing was scored for it",
        "mockcall tidak bisa menangkap maksud jawaban ini — tidak ada yang dinilai darinya",
    ),
    "call.heard.no_acts": (
        "heard: no act of the SOP — it counted as the reply it matched",
        "terbaca: tidak ada tindakan SOP — dihitung sebagai jawaban yang cocok",
    ),
    "call.misheard": (
        "flagged for your trainer: not what you meant",
        "ditandai untuk trainer Anda: bukan yang Anda maksud",
    ),
    "call.misheard.review": (
        "≠ flagged by the trainee: not what they meant",
        "≠ ditandai trainee: bukan yang dimaksud",
    ),
    "call.misheard.review.line": (
        "the trainee flagged the typed reply at {time} as misread",
        "trainee menandai jawaban ketikan pada {time} sebagai salah tangkap",
    ),
    "key.misheard": ("Misread", "Keliru"),
    "refusal.practice-only": (
        "Only a practice call can flag a typed reply.",
        "Hanya panggilan latihan yang bisa menandai jawaban ketikan.",
    ),
    "refusal.no-typed-reply": (
        "There is no typed reply to flag yet.",
        "Belum ada jawaban ketikan untuk ditandai.",
    ),
    "refusal.already-flagged": (
        "Your last typed reply is already flagged for your trainer.",
        "Jawaban ketikan terakhir Anda sudah ditandai untuk trainer.",
    ),
    "act.greet": ("greets", "menyapa"),
    "act.identify_self": ("introduces self", "memperkenalkan diri"),
    "act.offer_help": ("offers help", "menawarkan bantuan"),
    "act.verify_identity": ("checks identity", "memverifikasi identitas"),
    "act.disclose_account": ("gives account details", "menyebutkan data akun"),
    "act.probe": ("asks about the issue", "menggali masalah"),
    "act.acknowledge": ("acknowledges", "menanggapi keluhan"),
    "act.empathize": ("shows empathy", "berempati"),
    "act.apologize": ("apologises", "meminta maaf"),
    "act.explain": ("explains", "menjelaskan"),
    "act.offer_solution": ("offers a fix", "menawarkan solusi"),
    "act.set_expectation": ("says what happens next", "menyampaikan langkah berikutnya"),
    "act.request_hold": ("asks to hold", "minta izin hold"),
    "act.thank_for_holding": ("thanks for holding", "berterima kasih sudah menunggu"),
    "act.deescalate": ("takes ownership", "mengambil tanggung jawab"),
    "act.offer_callback": ("offers a callback", "menawarkan telepon balik"),
    "act.escalate_supervisor": ("escalates to a supervisor", "eskalasi ke supervisor"),
    "act.warm_transfer": ("transfers with a briefing", "transfer dengan briefing"),
    "act.cold_transfer": ("transfers without a briefing", "transfer tanpa briefing"),
    "act.summarize": ("sums up", "merangkum"),
    "act.close": ("closes the call", "menutup panggilan"),
    "act.dnc_check": ("checks Do-Not-Call or consent", "cek daftar DNC atau izin"),
    "act.use_name": ("uses the customer's name", "menyebut nama pelanggan"),
    "act.ask_consent": ("asks permission", "meminta izin"),
    "act.refuse_secret": ("refuses a PIN or password", "menolak PIN atau kata sandi"),
    "act.blame_customer": ("blames the customer", "menyalahkan pelanggan"),
    "act.rude": ("is rude", "tidak sopan"),
    "act.interrupt": ("interrupts", "memotong pembicaraan"),
    "act.promise_unauthorized": ("promises what is not allowed", "menjanjikan di luar wewenang"),
    "act.disclose_without_verify": (
        "gives data before verifying",
        "membuka data sebelum verifikasi",
    ),
    "act.request_secret": ("asks for a PIN, OTP or password", "meminta PIN, OTP atau kata sandi"),
    "act.dead_air": ("leaves dead air", "membiarkan hening"),
    "tab.card": ("Card", "Kartu"),
    "tab.tools": ("Tools", "Tools"),
    "tab.kb": ("KB", "KB"),
    "card.empty": (
        "No customer loaded. Use a lookup tool to fill the card.",
        "Belum ada data. Gunakan tool pencarian untuk mengisi kartu.",
    ),
    "card.name": ("Name", "Nama"),
    "card.phone": ("Phone", "Telepon"),
    "card.account": ("Account no.", "No. pelanggan"),
    "card.email": ("Email", "Email"),
    "card.city": ("City", "Kota"),
    "card.facts": ("Known facts", "Fakta diketahui"),
    "card.vip": ("VIP customer", "Pelanggan VIP"),
    "tools.result": ("{tool}: {result}", "{tool}: {result}"),
    "tools.nothing": ("nothing found", "tidak ada data"),
    "kb.search": ("search the knowledge base…", "cari di knowledge base…"),
    "kb.none": ("No document matches.", "Tidak ada dokumen yang cocok."),
    # --- system lines in the conversation
    "sys.ringing": ("☎ incoming call", "☎ panggilan masuk"),
    "sys.answered": ("call answered", "panggilan diangkat"),
    "sys.connected": ("connected", "tersambung"),
    "sys.dialed": ("dialled {phone} ({name})", "men-dial {phone} ({name})"),
    "sys.dialed_dnc": (
        "dialled {phone} ({name}) — on the Do-Not-Call list!",
        "men-dial {phone} ({name}) — nomor DNC!",
    ),
    "sys.no_answer": ("no answer", "tidak diangkat"),
    "sys.hold_started": ("customer on hold", "pelanggan di-hold"),
    "sys.hold_ended": ("back from hold ({seconds}s)", "kembali dari hold ({seconds} dtk)"),
    "sys.mute_started": ("line muted", "mikrofon dimatikan"),
    "sys.mute_ended": ("line unmuted", "mikrofon dinyalakan"),
    "sys.tool_used": ("tool: {tool}", "tool: {tool}"),
    "sys.kb_opened": ("knowledge base: {doc}", "knowledge base: {doc}"),
    "sys.dnc_checked": ("Do-Not-Call list checked", "daftar DNC dicek"),
    "sys.dead_air": ("dead air ({seconds}s of silence)", "dead air ({seconds} dtk hening)"),
    "sys.transferred": ("{kind} transfer", "transfer {kind}"),
    "sys.escalated": ("escalated to a supervisor: {reason}", "dieskalasi ke supervisor: {reason}"),
    "sys.call_ended": ("call ended: {ending}", "panggilan selesai: {ending}"),
    "sys.acw_note": ("notes: {text}", "catatan: {text}"),
    "sys.disposition": ("disposition: {code}", "disposisi: {code}"),
    "sys.followup": ("follow-up: {code}", "tindak lanjut: {code}"),
    "xfer.warm": ("warm", "hangat"),
    "xfer.cold": ("cold", "dingin"),
    # --- modals
    "brief.title": (
        "Warm transfer — brief the receiving team",
        "Transfer hangat — briefing tim penerima",
    ),
    "brief.to": ("Transfer to (team or person)", "Transfer ke (tim atau orang)"),
    "brief.issue": ("Issue", "Masalah"),
    "brief.tried": ("What was tried", "Yang sudah dicoba"),
    "brief.empty": (
        "A warm transfer needs a briefing: fill in to, issue and what was tried.",
        "Transfer hangat butuh briefing: isi tujuan, masalah dan yang sudah dicoba.",
    ),
    "cold.title": ("Cold transfer to which team?", "Transfer dingin ke tim mana?"),
    "esc.title": ("Escalate to a supervisor", "Eskalasi ke supervisor"),
    "esc.reason": ("Reason (required)", "Alasan (wajib)"),
    "esc.empty": ("Escalation needs a reason.", "Eskalasi perlu alasan."),
    "modal.ok": ("OK", "OK"),
    "modal.cancel": ("Cancel", "Batal"),
    # --- ACW
    "acw.title": ("After-call work", "After-call work (ACW)"),
    "acw.left": ("ACW time left {time}", "Sisa waktu ACW {time}"),
    "acw.over": ("ACW over time by {time}", "ACW lewat waktu {time}"),
    "acw.notes": (
        "Notes (issue, action, promise, ticket)",
        "Catatan (masalah, tindakan, janji, tiket)",
    ),
    "acw.disposition": ("Disposition", "Disposisi"),
    "acw.followups": ("Follow-ups", "Tindak lanjut"),
    "acw.pick": ("Pick a disposition before submitting.", "Pilih disposisi sebelum mengirim."),
    "acw.transcript": ("Call transcript", "Transkrip panggilan"),
    # --- score
    "score.title": ("Score", "Skor"),
    "score.total": (
        "{total:.1f}%  (pass mark {mark:.0f}%)",
        "{total:.1f}%  (batas lulus {mark:.0f}%)",
    ),
    "score.pass": ("PASS", "LULUS"),
    "score.fail": ("FAIL", "TIDAK LULUS"),
    "score.fatal": ("Fatal errors", "Kesalahan fatal"),
    "score.fatal.none": ("No fatal errors.", "Tidak ada kesalahan fatal."),
    "score.section": (
        "{title} — {score:.0f}% (weight {weight:.0f})",
        "{title} — {score:.0f}% (bobot {weight:.0f})",
    ),
    "score.section.na": ("{title} — not applicable", "{title} — tidak berlaku"),
    "score.status.pass": ("✓", "✓"),
    "score.status.fail": ("✗", "✗"),
    "score.status.na": ("–", "–"),
    "score.status.review": ("?", "?"),
    "score.coaching": ("Coaching: {text}", "Saran: {text}"),
    "score.ending": ("Ending: {ending}", "Akhir panggilan: {ending}"),
    "score.norubric": (
        "This account has no rubric: the call was not scored.",
        "Akun ini tidak punya rubrik: panggilan tidak dinilai.",
    ),
    "score.final": (
        "Assessment results are final — start a new attempt from home.",
        "Hasil asesmen bersifat final — mulai percobaan baru dari beranda.",
    ),
    # --- shift
    "shift.title": ("Nesting shift — {account}", "Shift nesting — {account}"),
    "shift.progress": ("Call {n} of {total}", "Panggilan {n} dari {total}"),
    "shift.aux": (
        "You are AUX: no calls arrive. Press F2 to go available.",
        "Anda AUX: tidak ada panggilan masuk. Tekan F2 untuk avail.",
    ),
    "shift.avail": ("Available — the next call is coming…", "Avail — panggilan berikutnya datang…"),
    "shift.summary": ("Shift summary", "Ringkasan shift"),
    "shift.calls": ("Calls", "Panggilan"),
    "shift.avg_score": ("Average score", "Rata-rata skor"),
    "shift.avg_handle": ("Average handle time", "Rata-rata handle time"),
    "shift.avg_acw": ("Average ACW time", "Rata-rata waktu ACW"),
    "shift.fatal": ("Fatal errors", "Kesalahan fatal"),
    "shift.row": ("{n}. {title} — {score} {verdict}", "{n}. {title} — {score} {verdict}"),
    "shift.none": ("The account has no personas.", "Akun ini tidak punya persona."),
    # --- the trainee's name (first start)
    "name.title": ("What is your name?", "Siapa nama Anda?"),
    "name.why": (
        "You introduce yourself to customers by this name; your calls are saved under it. "
        "Asked once: mockcall remembers it.",
        "Nama ini Anda sebut ke pelanggan dan dipakai untuk menyimpan panggilan Anda. "
        "Hanya ditanya sekali: mockcall mengingatnya.",
    ),
    "name.empty": ("Type your name first.", "Ketik nama Anda dulu."),
    # --- what the options box says when there is nothing to say
    "way.title": ("Nothing to say now. Ways forward:", "Belum ada yang bisa diucapkan. Langkah:"),
    "way.onhold": ("The customer is on hold.", "Pelanggan sedang di-hold."),
    "way.unhold": ("Take the customer off hold: h", "Lepas hold pelanggan: h"),
    "way.tools": ("Look the account up: u (Tools)", "Cek data pelanggan: u (Tools)"),
    "way.kb": ("Search the knowledge base: k", "Cari di knowledge base: k"),
    "way.wait": (
        "Tell the customer you are checking: s",
        "Minta pelanggan menunggu sebentar: s",
    ),
    "way.transfer": ("Transfer: w (warm) or c (cold)", "Transfer: w (hangat) atau c (dingin)"),
    "way.escalate": ("Escalate to a supervisor: e", "Eskalasi ke supervisor: e"),
    "way.end": ("End the call: x", "Tutup panggilan: x"),
    "key.unhold": ("Unhold", "Lepas hold"),
    "key.transfer": ("Transfer", "Transfer"),
    "key.wait": ("Moment", "Tunggu"),
    "key.move": ("Move", "Pindah"),
    "key.pick": ("Pick", "Pilih"),
    "key.dial_anyway": ("Dial anyway", "Tetap dial"),
    "dnc.title": ("Do-Not-Call number", "Nomor Do-Not-Call (DNC)"),
    "dnc.body": (
        "{name} ({phone}) is on the Do-Not-Call list. Dialling it is a fatal error. Dial anyway?",
        "{name} ({phone}) ada di daftar Do-Not-Call. Men-dial nomor ini adalah kesalahan "
        "fatal. Tetap dial?",
    ),
    "dial.again": (
        "{name} was already dialled on this call: pick another number.",
        "{name} sudah di-dial di panggilan ini: pilih nomor lain.",
    ),
    "call.waiting": (
        "The call starts once the question above is answered.",
        "Panggilan dimulai setelah pertanyaan di atas dijawab.",
    ),
    "call.options.title": ("Your replies (1-9)", "Jawaban Anda (1-9)"),
    "call.chat.placeholder": (
        "type your reply, or an option's number, then Enter",
        "ketik balasan, atau nomor opsi, lalu Enter",
    ),
    "wait.said": (
        "Told the customer you are checking.",
        "Pelanggan diminta menunggu sebentar.",
    ),
    "acw.chosen": ("Disposition: {label}", "Disposisi: {label}"),
    "acw.chosen.none": ("Disposition: none chosen yet", "Disposisi: belum dipilih"),
    "acw.followups.chosen": ("Follow-ups: {labels}", "Tindak lanjut: {labels}"),
    "acw.followups.none": ("Follow-ups: none", "Tindak lanjut: tidak ada"),
    "tools.keys": (
        "1-9 or Enter uses a tool; Esc goes back.",
        "1-9 atau Enter memakai tool; Esc kembali.",
    ),
    "home.need_name": ("Type your name first.", "Ketik nama Anda dulu."),
    "home.persona.id": ("id: {id}", "id: {id}"),
    "ending.resolved": ("resolved", "selesai tertangani"),
    "ending.customer_hung_up": ("the customer hung up", "pelanggan menutup telepon"),
    "ending.agent_hung_up": ("you hung up", "Anda menutup telepon"),
    "ending.escalated": ("escalated", "dieskalasi"),
    "ending.transferred": ("transferred", "ditransfer"),
    "ending.abandoned": ("abandoned", "ditinggalkan"),
    "ending.callback_booked": ("callback booked", "callback dijadwalkan"),
    "ending.sale_agreed": ("sale agreed", "penjualan disepakati"),
    "ending.dnc_requested": ("asked not to be called", "minta tidak dihubungi lagi"),
    "control.hold": ("hold", "hold"),
    "control.mute": ("mute", "mute"),
    "control.end": ("end of call", "menutup panggilan"),
    "control.escalate": ("escalate", "eskalasi"),
    "control.transfer_warm": ("warm transfer", "transfer hangat"),
    "control.transfer_cold": ("cold transfer", "transfer dingin"),
    # --- refusals (engine codes)
    "refusal.ringing": (
        "The call is ringing: answer it first (a).",
        "Telepon berdering: angkat dulu (a).",
    ),
    "refusal.not-connected": ("Nobody is on the line yet.", "Belum ada yang tersambung."),
    "refusal.in-call": ("You are already in a call.", "Anda sedang dalam panggilan."),
    "refusal.on-hold": (
        "The customer is on hold: take them off hold first (h).",
        "Pelanggan sedang di-hold: kembalikan dulu (h).",
    ),
    "refusal.not-on-hold": ("The customer is not on hold.", "Pelanggan tidak sedang di-hold."),
    "refusal.call-ended": ("The call has ended.", "Panggilan sudah selesai."),
    "refusal.no-such-option": ("There is no such option.", "Opsi itu tidak ada."),
    "refusal.option-unavailable": (
        "That option is not available now.",
        "Opsi itu tidak tersedia sekarang.",
    ),
    "refusal.no-such-tool": ("This account has no such tool.", "Akun ini tidak punya tool itu."),
    "refusal.no-such-doc": ("No such knowledge-base document.", "Dokumen KB itu tidak ada."),
    "refusal.no-such-entry": ("No such number in the call list.", "Nomor itu tidak ada di daftar."),
    "refusal.not-outbound": ("This is not an outbound call.", "Ini bukan panggilan outbound."),
    "refusal.briefing-required": (
        "A warm transfer needs a briefing: to, issue and what was tried.",
        "Transfer hangat butuh briefing: tujuan, masalah dan yang sudah dicoba.",
    ),
    "refusal.reason-required": ("Escalation needs a reason.", "Eskalasi perlu alasan."),
    "refusal.muted": (
        "The line is muted: the customer cannot hear you (m).",
        "Mikrofon mati: pelanggan tidak mendengar Anda (m).",
    ),
    "refusal.not-muted": ("The line is not muted.", "Mikrofon tidak sedang mati."),
    "refusal.not-in-acw": (
        "After-call work starts when the call has ended.",
        "ACW dimulai setelah panggilan selesai.",
    ),
    "refusal.unknown-disposition": (
        "Pick a disposition from the list.",
        "Pilih disposisi dari daftar.",
    ),
    "refusal.unknown": ("That cannot be done now.", "Itu tidak bisa dilakukan sekarang."),
    # --- review (reviewers' TUI: mockcall review) -------------------------------- begin review
    "review.title": ("mockcall review", "mockcall review"),
    "review.fatal_tag": ("FATAL", "FATAL"),
    "review.was": ("was {mark}", "semula {mark}"),
    "review.status.pass": ("pass", "lulus"),
    "review.status.fail": ("fail", "gagal"),
    "review.status.na": ("n/a", "t/b"),
    "review.status.live": ("live", "berjalan"),
    "review.status.interrupted": ("interrupted", "terputus"),
    "review.status.finished": ("finished", "selesai"),
    "review.status.abandoned": ("abandoned", "ditinggalkan"),
    "review.col.date": ("Date (UTC)", "Tanggal (UTC)"),
    "review.col.trainee": ("Trainee", "Trainee"),
    "review.col.account": ("Account", "Akun"),
    "review.col.persona": ("Persona", "Persona"),
    "review.col.mode": ("Mode", "Mode"),
    "review.col.total": ("Total", "Total"),
    "review.col.result": ("Result", "Hasil"),
    "review.col.fatal": ("Fatal", "Fatal"),
    "review.col.rev": ("✎", "✎"),
    "review.key.filter": ("Filter", "Filter"),
    "review.key.fatal": ("Fatal only", "Hanya fatal"),
    "review.key.sort": ("Sort", "Urutkan"),
    "review.key.reverse": ("Reverse order", "Balik urutan"),
    "review.key.progress": ("Progress", "Progres"),
    "review.key.clear": ("Clear", "Hapus filter"),
    "review.key.apply": ("Apply", "Terapkan"),
    "review.key.override": ("Override", "Koreksi"),
    "review.key.history": ("History", "Riwayat"),
    "review.key.save": ("Save", "Simpan"),
    "review.key.account": ("Account", "Akun"),
    "review.key.review": ("Review", "Review"),
    "review.list.title": (
        "{filters} — {matching} sessions ({shown} loaded) · by {sort} {arrow}",
        "{filters} — {matching} sesi ({shown} dimuat) · urut {sort} {arrow}",
    ),
    "review.list.empty": (
        "No sessions stored yet: calls appear here once trainees play them.",
        "Belum ada sesi tersimpan: panggilan muncul di sini setelah trainee memainkannya.",
    ),
    "review.list.nomatch": (
        "No session matches: f changes the filters, c clears them.",
        "Tidak ada sesi yang cocok: f ubah filter, c hapus filter.",
    ),
    "review.filter.title": ("Filter sessions", "Filter sesi"),
    "review.filter.none": ("All sessions", "Semua sesi"),
    "review.filter.trainee": ("Trainee", "Trainee"),
    "review.filter.account": ("Account", "Akun"),
    "review.filter.persona": ("Persona", "Persona"),
    "review.filter.date_from": ("From date", "Dari tanggal"),
    "review.filter.date_to": ("To date", "Sampai tanggal"),
    "review.filter.mode": ("Mode", "Mode"),
    "review.filter.result": ("Result", "Hasil"),
    "review.filter.any": ("any", "semua"),
    "review.filter.fatal": ("fatal errors only", "hanya kesalahan fatal"),
    "review.filter.help": (
        "Names and ids match from their start, in any case; dates YYYY-MM-DD (UTC day) or an "
        "ISO time. Enter or Ctrl+S applies, Esc cancels.",
        "Nama dan id cocok dari awal, huruf besar/kecil sama; tanggal YYYY-MM-DD (hari UTC) atau "
        "waktu ISO. Enter atau Ctrl+S terapkan, Esc batal.",
    ),
    "review.filter.bad_date": (
        "'{value}' is not a date: use YYYY-MM-DD or an ISO time (2026-12-01T09:30).",
        "'{value}' bukan tanggal: pakai YYYY-MM-DD atau waktu ISO (2026-12-01T09:30).",
    ),
    "review.filter.status": ("Status", "Status"),
    "review.filter.review": ("Review", "Review"),
    "review.filter.reviewed": ("reviewed", "sudah direview"),
    "review.filter.unreviewed": ("not reviewed", "belum direview"),
    "review.read_only": (
        "READ-ONLY: {location} cannot be changed here (no overrides, no assignments).",
        "HANYA-BACA: {location} tidak dapat diubah di sini (tanpa override, tanpa penugasan).",
    ),
    "review.progress.pick": (
        "Pick a session of the trainee first.",
        "Pilih dulu sesi milik trainee tersebut.",
    ),
    "review.transcript.empty": ("(nothing was said)", "(tidak ada percakapan)"),
    "review.detail.original": ("Scorer said: {status}", "Penilaian awal: {status}"),
    "review.detail.why": ("Why: {reason}", "Alasan: {reason}"),
    "review.history": ("Reviews", "Riwayat koreksi"),
    "review.history.none": ("No overrides yet.", "Belum ada koreksi."),
    "review.session.gone": ("Session {id} no longer exists.", "Sesi {id} sudah tidak ada."),
    "review.passmark": ("(pass mark {mark:.0f}%)", "(batas lulus {mark:.0f}%)"),
    "review.overridden": (
        "✎ overridden ×{n} — originally {was}",
        "✎ dikoreksi ×{n} — semula {was}",
    ),
    "review.override.pick": ("Move to a criterion first.", "Pilih kriteria dulu."),
    "review.override.saved": (
        "Override saved on {id}: total {before}% → {after}%.",
        "Koreksi {id} tersimpan: total {before}% → {after}%.",
    ),
    "review.override.title": ("Override — {title}", "Koreksi — {title}"),
    "review.override.now": (
        "Now {now} · scorer said {original}",
        "Sekarang {now} · penilaian awal {original}",
    ),
    "review.override.comment": ("Comment (required)", "Komentar (wajib)"),
    "review.override.comment.hint": (
        "why the scorer was wrong, for the trainee and for calibration",
        "mengapa penilaian salah, untuk trainee dan kalibrasi",
    ),
    "review.override.reviewer": ("Reviewer", "Reviewer"),
    "review.override.help": (
        "Shift+Tab to the status (arrows, Space) · Enter or Ctrl+S saves · Esc cancels",
        "Shift+Tab ke status (panah, Spasi) · Enter atau Ctrl+S simpan · Esc batal",
    ),
    "review.override.comment.empty": (
        "An override needs a comment: say why.",
        "Koreksi perlu komentar: tulis alasannya.",
    ),
    "review.override.reviewer.empty": (
        "Type the reviewer's name.",
        "Isi nama reviewer.",
    ),
    "review.status.auto": ("retract", "tarik"),
    "review.who.title": ("Who is reviewing?", "Siapa yang mereview?"),
    "review.who.label": (
        "Your name goes with every decision you save in this sitting.",
        "Nama Anda menyertai setiap keputusan yang disimpan di sesi ini.",
    ),
    "review.key.disputed": ("Open disputes", "Sanggahan terbuka"),
    "review.key.calibrate": ("Calibrate", "Kalibrasi"),
    "review.key.resolve": ("Resolve dispute", "Selesaikan sanggahan"),
    "review.filter.disputed": ("open disputes", "sanggahan terbuka"),
    "review.disputes.open": ("⚑ {n} open dispute(s)", "⚑ {n} sanggahan terbuka"),
    "review.action.override": ("override", "koreksi"),
    "review.action.edit": ("edited override", "koreksi diubah"),
    "review.action.retract": ("retracted override", "koreksi ditarik"),
    "review.action.ack": ("acknowledged the review", "menerima hasil review"),
    "review.action.dispute": ("disputed", "menyanggah"),
    "review.action.upheld": ("dispute upheld", "sanggahan ditolak"),
    "review.action.changed": ("dispute accepted, changed", "sanggahan diterima, diubah"),
    "review.history.empty": (
        "No reviews, disputes or acknowledgements yet.",
        "Belum ada koreksi, sanggahan, atau konfirmasi.",
    ),
    "review.resolve.none": (
        "This criterion has no open dispute.",
        "Kriteria ini tidak punya sanggahan terbuka.",
    ),
    "review.resolve.title": ("Dispute — {title}", "Sanggahan — {title}"),
    "review.resolve.reason": ("{trainee}: “{reason}”", "{trainee}: “{reason}”"),
    "review.resolve.upheld": ("Upheld: the score stands", "Ditolak: nilai tetap"),
    "review.resolve.status": ("New status, if changed:", "Status baru, jika diterima:"),
    "review.resolve.changed": ("Changed", "Diterima, diubah"),
    "review.resolve.saved": ("Dispute of {id} resolved.", "Sanggahan {id} diselesaikan."),
    "calibration.title": (
        "Calibration — {session} · {trainee} · {persona}",
        "Kalibrasi — {session} · {trainee} · {persona}",
    ),
    "calibration.criterion": ("Criterion", "Kriteria"),
    "calibration.auto": ("auto", "otomatis"),
    "calibration.total": ("Total", "Total"),
    "calibration.agreement": ("Agreement with {gold}", "Kesesuaian dengan {gold}"),
    "calibration.spread": (
        "Spread {spread:.1f} points between {n} reviewer(s)",
        "Selisih {spread:.1f} poin antara {n} reviewer",
    ),
    "calibration.nogold": (
        "No gold reviewer (g picks one, or set $MOCKCALL_GOLD_REVIEWER)",
        "Belum ada reviewer acuan (g memilih, atau atur $MOCKCALL_GOLD_REVIEWER)",
    ),
    "calibration.gold": ("Gold reviewer: {gold}", "Reviewer acuan: {gold}"),
    "calibration.measures": (
        "auto against {gold} over {n} call(s) {gold} judged: fatal errors agree {fatal}/{n}"
        " (missed {missed}, false alarms {alarms}) · pass/fail {passed}/{n}"
        " · totals within ±5 {within}/{n}",
        "otomatis terhadap {gold} pada {n} panggilan yang dinilai {gold}: kesalahan fatal sama"
        " {fatal}/{n} (terlewat {missed}, alarm palsu {alarms}) · lulus/gagal {passed}/{n}"
        " · total selisih ≤ 5 poin {within}/{n}",
    ),
    "calibration.none": (
        "No reviewer has judged this call yet.",
        "Belum ada reviewer yang menilai panggilan ini.",
    ),
    "calibration.key.gold": ("Gold reviewer", "Reviewer acuan"),
    "calibration.key.next": ("Next call", "Panggilan berikut"),
    "dispute.title": ("Your review — {persona}", "Hasil review Anda — {persona}"),
    "dispute.help": (
        "Pick a criterion you disagree with and say why; or acknowledge the review.",
        "Pilih kriteria yang tidak Anda setujui dan tulis alasannya; atau terima hasil review.",
    ),
    "dispute.reason": ("Why do you disagree? (required)", "Mengapa tidak setuju? (wajib)"),
    "dispute.reason.empty": ("Say why you dispute it.", "Tulis alasan sanggahan Anda."),
    "dispute.key.send": ("Dispute", "Sanggah"),
    "dispute.key.ack": ("Acknowledge", "Terima"),
    "dispute.sent": (
        "Dispute of {id} sent to the reviewers.",
        "Sanggahan {id} dikirim ke reviewer.",
    ),
    "dispute.acked": ("Review acknowledged.", "Hasil review diterima."),
    "dispute.open": ("⚑ disputed", "⚑ disanggah"),
    "review.chart.caption": (
        "{account} — {n} calls, {passed} passed · {first:.1f} → {last:.1f} · best {best:.1f}",
        "{account} — {n} panggilan, {passed} lulus · {first:.1f} → {last:.1f} · terbaik {best:.1f}",
    ),
    "review.progress.title": ("Progress — {trainee} ({scope})", "Progres — {trainee} ({scope})"),
    "review.progress.all": ("all accounts", "semua akun"),
    "review.progress.stats": (
        "{n} scored calls · average {avg}% · pass rate {rate:.0f}% · fatal errors {fatal}",
        "{n} panggilan dinilai · rata-rata {avg}% · tingkat lulus {rate:.0f}% · "
        "kesalahan fatal {fatal}",
    ),
    "review.progress.none": ("No scored calls yet.", "Belum ada panggilan yang dinilai."),
    "review.progress.weakest": (
        "Weakest criteria (lost/applied)",
        "Kriteria terlemah (gagal/berlaku)",
    ),
    "review.progress.nolosses": ("No criterion lost.", "Tidak ada kriteria yang gagal."),
    "review.progress.fatal": ("Fatal errors", "Kesalahan fatal"),
    "review.progress.legend": (
        "lost/applied: calls where the criterion was lost, of the calls where it applied "
        "(N/A not counted) · [FATAL] a fatal criterion · (rubric) whose criterion it is",
        "gagal/berlaku: panggilan yang kriterianya gagal, dari panggilan yang kriterianya berlaku "
        "(N/A tidak dihitung) · [FATAL] kriteria fatal · (rubrik) pemilik kriteria",
    ),
    # --- review ---------------------------------------------------------------- end review
    # --- browser seats (mockcall serve)
    "serve.lang": ("en", "id"),
    "serve.login.title": ("open a seat", "buka kursi"),
    "serve.login.intro": (
        "Type your name to take mock calls in this browser.",
        "Ketik nama Anda untuk latihan menerima panggilan di browser ini.",
    ),
    "serve.login.name": ("Your name", "Nama Anda"),
    "serve.login.token": ("Room token (from your trainer)", "Token ruangan (dari trainer)"),
    "serve.login.open": ("Open my seat", "Buka kursi saya"),
    "serve.error.token": (
        "That room token is not right: ask your trainer.",
        "Token ruangan salah: tanyakan ke trainer.",
    ),
    "serve.error.name": (
        "Type your name: letters, digits, spaces and . ' - only, at most 40.",
        "Ketik nama Anda: huruf, angka, spasi dan . ' - saja, paling banyak 40.",
    ),
    "serve.full": (
        "All {seats} seats are taken. Ask your trainer, then try again.",
        "Semua {seats} kursi terisi. Tanyakan ke trainer, lalu coba lagi.",
    ),
    "serve.retry": ("Try again", "Coba lagi"),
    "serve.seat.opening": ("Opening the seat of {name}…", "Membuka kursi {name}…"),
    "serve.seat.ended": ("This seat is closed.", "Kursi ini sudah ditutup."),
    "serve.seat.reopen": ("Open it again", "Buka lagi"),
    "serve.seat.logout": ("Log out", "Keluar"),
    # --- floor (mockcall floor)
    "floor.title": ("Floor — {n} seats", "Lantai — {n} kursi"),
    "floor.none": (
        "No seat has taken a call in the last {hours} hours.",
        "Belum ada kursi yang menerima panggilan dalam {hours} jam terakhir.",
    ),
    "floor.col.trainee": ("Trainee", "Trainee"),
    "floor.col.persona": ("Persona", "Persona"),
    "floor.col.mode": ("Mode", "Mode"),
    "floor.col.time": ("Call", "Durasi"),
    "floor.col.mood": ("Mood", "Mood"),
    "floor.col.state": ("State", "Status"),
    "floor.col.score": ("Last score", "Skor terakhir"),
    "floor.state.ringing": ("ringing", "berdering"),
    "floor.state.talking": ("talking", "bicara"),
    "floor.state.hold": ("ON HOLD {time}", "HOLD {time}"),
    "floor.state.acw": ("ACW {time}", "ACW {time}"),
    "floor.state.ended": ("call ended", "panggilan selesai"),
    "floor.state.done": ("done", "selesai"),
    "floor.state.abandoned": ("abandoned", "dibatalkan"),
    "floor.state.interrupted": ("interrupted", "terputus"),
    "floor.updated": (
        "updated {time} · every {every:.0f} s",
        "diperbarui {time} · tiap {every:.0f} dtk",
    ),
    "floor.key.open": ("Transcript", "Transkrip"),
    "floor.key.floor": ("Floor", "Lantai"),
    "floor.transcript.title": (
        "{trainee} · {persona} · read-only, live",
        "{trainee} · {persona} · hanya baca, langsung",
    ),
    "floor.transcript.gone": ("Session {id} no longer exists.", "Sesi {id} sudah tidak ada."),
    "floor.pick": ("Move to a seat first.", "Pilih kursi dulu."),
    "floor.key.assign": ("Assign", "Tugaskan"),
    "floor.assignments": ("Assignments — {n} open", "Tugas — {n} belum selesai"),
    "floor.assignments.none": (
        "No assignments. Press a to give a trainee a persona or a shift.",
        "Belum ada tugas. Tekan a untuk memberi trainee persona atau shift.",
    ),
    "floor.assigned": ("Assigned to {trainee}: {what}", "Ditugaskan ke {trainee}: {what}"),
    "assign.title": ("Assign a call or a shift", "Tugaskan panggilan atau shift"),
    "assign.trainee": ("Trainee", "Trainee"),
    "assign.what": ("Persona or nesting shift", "Persona atau shift nesting"),
    "assign.pick": ("choose…", "pilih…"),
    "assign.calls": ("How many calls", "Berapa panggilan"),
    "assign.note": ("Note for the trainee (optional)", "Catatan untuk trainee (opsional)"),
    "assign.key.assign": ("Assign", "Tugaskan"),
    "assign.need_trainee": ("Type the trainee's name.", "Ketik nama trainee."),
    "assign.need_target": ("Choose a persona or a shift.", "Pilih persona atau shift."),
    "assign.shift_of": ("Nesting shift: {account}", "Shift nesting: {account}"),
    "assign.state.done": ("done", "selesai"),
    "assign.state.cancelled": ("cancelled", "dibatalkan"),
    "home.assigned": ("Assigned to you", "Tugas untuk Anda"),
    "home.assigned.item": ("{what} · {done}/{calls}", "{what} · {done}/{calls}"),
    "home.assigned.by": ("from {by}", "dari {by}"),
    "home.assigned.new": ("New assignment: {what}", "Tugas baru: {what}"),
    "home.assigned.gone": (
        "That assignment's persona or account is not in this library.",
        "Persona atau akun tugas itu tidak ada di pustaka ini.",
    ),
    # --- errors at startup
    "err.no_account": (
        "no account '{account}' (known: {known})",
        "tidak ada akun '{account}' (tersedia: {known})",
    ),
}

_language: list[str] = ["en"]


def set_language(lang: str) -> None:
    """Choose the UI language for the whole process (unknown codes fall back to English)."""
    _language[0] = lang if lang in LANGUAGES else "en"


def language() -> str:
    return _language[0]


def t(key: str, **fmt: object) -> str:
    """The UI string ``key`` in the current language, with ``{fields}`` filled in.

    An unknown key returns the key itself, so a missing string shows up on screen (and in
    tests) instead of crashing a trainee's call.
    """
    pair = STRINGS.get(key)
    if pair is None:
        return key
    text = pair[LANGUAGES.index(_language[0])]
    return text.format(**fmt) if fmt else text


def localized(text: str, others: Mapping[str, str]) -> str:
    """An account's own wording (a tool's name, a KB title, a disposition) in the UI language
    when the account file gives one (``labels: {id: ...}``), else as written."""
    return others.get(_language[0]) or text


def ending(code: str) -> str:
    """A call's ending code in words (a persona's own ending shows as its code, spaced)."""
    key = f"ending.{code}"
    return t(key) if key in STRINGS else code.replace("_", " ")


def refusal(code: str) -> str:
    """An engine refusal code as a sentence for the trainee."""
    key = f"refusal.{code}"
    return t(key) if key in STRINGS else t("refusal.unknown")


def clock(seconds: float) -> str:
    """``mm:ss`` (``-mm:ss`` when negative): timers in the status bar and the ACW countdown."""
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds))
    return f"{sign}{whole // 60:02d}:{whole % 60:02d}"
