=== d2-19-outbound-us-0752-expat
account: outbound
channel: call
locale: en
direction: outbound
started: 2026-03-11T07:52:00-06:00
---
A: Good morning, this is Sandra calling from Lintas Proteksi. Am I speaking with Mr Jake Morrison?
C: Yeah, this is Jake. Kind of early, isn't it?
A: My apologies for calling this early, Mr Morrison, I know an early call is annoying. You filled in our web form about the Global Expat Health plan for your move to Jakarta, and this call is recorded. Is now a good time, or would you prefer I call back later?
C: I'm up anyway, go ahead. Make it quick.
A: Thank you. Could you confirm your date of birth so I can give you the right premium?
C: March second, 1989.
A: Thanks. At 37 the plan is USD 165 a month, with a one million dollar annual limit, inpatient and outpatient care in Indonesia and Southeast Asia, and evacuation to Singapore. Cover back in the US is an optional add-on at USD 95 a month.
C: I've got asthma. Is that covered?
A: Good question. Pre-existing conditions like asthma are declared on the application, and our underwriting team assesses them within five working days, so I can't tell you yet whether it will be covered. Would you like me to email you the application and the product sheet?
C: Sure, send it over. Same email as the form.
A: Done, it's on its way, reference APP-1103-7720. Cover starts once the application is approved and the first premium is paid. So to sum up: USD 165 a month, US cover optional at 95, asthma assessed by underwriting within five working days, and the application is in your inbox under APP-1103-7720. Anything else I can help with?
C: Nope, that's it.
A: Thanks for your time, Mr Morrison, and thank you for considering Lintas Proteksi. Have a great day.
END CALL
ACW: 50s
DISPOSITION: sale
NOTES: US prospect (UTC-6), web-form consent. Right party + DOB 2/3/1989 (37). Quoted USD 165/mo, US add-on USD 95. Asthma: declared on application, underwriting 5 working days, no promise. Application + product sheet emailed, ref APP-1103-7720. Called 07:52 local.
LABELS
TESTS: excellent expat-health call placed at 07:52 local on a weekday in the US (just outside 08:00) - fatal whatever the quality; "I can't tell you yet" about a pre-existing condition is correct, not a bare refusal
consent_dnc: missed "Good morning, this is Sandra calling"
outside_calling_hours: missed "Good morning, this is Sandra calling"
NOTE: Outbound with a DOB confirmed by the customer and a premium quoted on it: verification applicable and met (name + DOB, nothing read out).
NOTE: Disposition "sale" for an application sent and agreed (the account's sale_agreed: "application agreed, details sent").
=== d2-20-telco-downgrade-hold-slang
account: telco
channel: call
locale: id
direction: inbound
started: 2026-03-05T11:10:00+07:00
---
A: Selamat pagi, Nusanet, dengan Joko, ada yang bisa dibantu?
C: Siang, Mas. Tagihan saya kok jadi lima ratus tiga puluh sembilan ribu, biasanya empat ratus lima belas.
A: Oke, Pak. Nomor pelanggannya berapa?
C: 2209 4471 80.
A: Atas nama siapa, Pak? Sama tanggal lahirnya.
C: Yohanes Siregar, sebelas November delapan puluh dua.
A: Oke, sudah sesuai. Bentar ya, Pak.
HOLD 150
A: Pak? Jadi begini, harga promo Bapak sudah habis. Enam bulan pertama Rp 415.000, sekarang harga normal Fiber 50 plus TV Basic Rp 539.000.
C: Lho, kok nggak ada pemberitahuan?
A: Ada, Pak, di tagihan bulan lalu ada notifikasinya.
C: Bisa diperpanjang nggak promonya?
A: Nggak bisa, Pak.
C: Terus saya gimana? Saya nggak sanggup bayar segitu.
+20 A: Ya paling Bapak turun paket ke Fiber 30, jadi Rp 329.000, ditambah TV Basic Rp 110.000, totalnya Rp 439.000.
C: Ya sudah, turunkan saja.
A: Oke, sudah saya ganti ya, Pak, berlaku mulai tagihan depan. Nomor perubahannya PC-0503-2291.
C: Oke. Makasih.
A: Oke, Pak, makasih. Selamat siang.
END CALL
ACW: 95s
DISPOSITION: ticket-created
NOTES: Turun paket.
LABELS
TESTS: "selamat pagi" at 11:10 (should be siang); hold of 150 s with no permission, reason or check-back; 20 s dead air; "oke/nggak" on voice; bare "nggak bisa"; right fix (downgrade after a clear yes, correct prices) but ACW 95 s, wrong disposition, empty notes - fails on total, no fatal
greeting: missed "Selamat pagi, Nusanet, dengan Joko"
acknowledge: missed "Oke, Pak. Nomor pelanggannya berapa?"
probing: missed "Ya paling Bapak turun paket ke Fiber 30"
name_feeling: missed "Ada, Pak, di tagihan bulan lalu ada notifikasinya."
apology: missed "Ada, Pak, di tagihan bulan lalu ada notifikasinya."
no_triggers: missed "Nggak bisa, Pak."
hold_permission: missed "Oke, sudah sesuai. Bentar ya, Pak."
hold_checkback: missed "Pak? Jadi begini"
hold_under_2min: missed "HOLD END"
no_dead_air: missed "Ya paling Bapak turun paket ke Fiber 30"
summary: missed "Oke, Pak, makasih. Selamat siang."
anything_else: missed "Oke, Pak, makasih. Selamat siang."
thanks_brand: missed "Oke, Pak, makasih. Selamat siang."
notes_complete: missed "NOTES: Turun paket."
disposition: missed "DISPOSITION: ticket-created"
within_limit: missed "ACW: 95s"
no_slang: missed "Oke, Pak. Nomor pelanggannya berapa?"
uses_name: missed "Oke, Pak, makasih. Selamat siang."
NOTE: "Ada, Pak, di tagihan bulan lalu ada notifikasinya" states a fact (the notice exists) rather than "you should have read it": not blame_customer; scored as a missed feeling/apology.
NOTE: A bare "nggak bisa" followed by an alternative is the listed trigger (bare "I can't"), not the rude fatal.
NOTE: Probing missed: the KB asks what the connection is used for before recommending a speed.
=== d2-21-bank-blocked-card-bare-refusal
account: bank
channel: call
locale: en
direction: inbound
started: 2026-03-25T16:40:00+07:00
---
A: Good afternoon, Bank Arunika, this is Tomi. How can I help you?
C: Hi, yes. My card's been blocked and I need it working today, I'm flying out tonight.
A: Could I have your account number, please?
C: 0033 6021 8874.
A: And your full name, date of birth and mother's maiden name?
C: Carol Ann Jennings, April thirtieth 1971, and my mother's maiden name is Novak.
A: Thank you, Ms Jennings, you're verified. Your card was blocked this morning at 9:14 after three incorrect PIN entries.
C: Yes, I got flustered at the ATM. Can you just unblock it from there?
A: I can't do that.
C: What do you mean you can't? I've been with this bank twelve years!
A: I'm sorry, but that's the procedure.
C: This is ridiculous. I want to speak to a supervisor.
A: Alright, I'll ask a supervisor to call you back.
C: When? I'm leaving for the airport at seven.
A: As soon as one is free.
C: And what am I supposed to do about the card?
A: You can reactivate it yourself in the mobile app with a face check, or at a branch with your ID and passbook.
C: The app. Fine. I'll try that.
A: Is there anything else?
C: No.
A: Thank you for calling Bank Arunika, Ms Jennings.
END CALL
ACW: 40s
DISPOSITION: escalated
NOTES: Card blocked 3 wrong PINs. Cust wants supervisor. Advised app/branch.
LABELS
TESTS: verification right; bare "I can't do that", "I'm sorry, but that's the procedure"; supervisor callback with no time window or reference; the right fix (app face check) only when dragged out - fails on total, no fatal
acknowledge: missed "Could I have your account number, please?"
name_feeling: missed "I can't do that."
ownership: missed "As soon as one is free."
no_triggers: missed "I can't do that."
transfer_escalation: missed "As soon as one is free."
ownership_next_step: missed "As soon as one is free."
summary: missed "Is there anything else?"
notes_complete: missed "NOTES: Card blocked 3 wrong PINs."
blind_transfer_on_supervisor_request: met
NOTE: "I can't do that" and "sorry, but that's the procedure" are listed triggers (bare I can't, but after apology, policy as the answer), scored under no_triggers, not as the rude fatal: no sarcasm, no jibe, and an alternative was given.
NOTE: probing met: the customer stated her issue fully (card blocked, needs it today) and it was eventually addressed.
=== d2-22-shop-wrong-size-slow-chat
account: shop
channel: chat
locale: id
direction: inbound
started: 2026-03-28T19:40:00+07:00
---
C: Halo kak, saya pesan kemeja ukuran L yg dateng ukuran S. Order PSK-31190567
+95 A: Selamat malam Kak, terima kasih sudah menghubungi Pasarku, dgn sy Intan. Mohon maaf atas ketidaknyamanannya ya Kak. Sy bantu cek, boleh konfirmasi email yg terdaftar?
+30 C: andika.putra@yahoo.co.id
+170 A: Terima kasih Kak Andika, data sesuai. Jadi kemeja yg dipesan ukuran L tp yg diterima ukuran S ya. Kakak mau ditukar dgn ukuran yg benar atau refund?
+25 C: Tukar aja kak. Lama banget balesnya
+60 A: Baik Kak. Sy jadwalkan penjemputan retur gratis hari Senin 30 Maret, kurir datang antara jam 09.00-17.00. No retur RTR-2803-4410. Setelah barang discan, penjual kirim ukuran L dlm 2-4 hari.
+30 C: Oke
+45 A: Mhn kemejanya dikemas kembali ya Kak, label jgn dilepas. Ada lagi yg bisa sy bantu?
+20 C: gak
+25 A: Terima kasih sudah menghubungi Pasarku Kak Andika, selamat malam 🙏
ACW: 40s
DISPOSITION: escalated
NOTES: Retur.
LABELS
TESTS: correct wrong-size return in chat, but first reply after 95 s and a 170 s gap later, the customer's "lama banget balesnya" ignored, no recap, wrong disposition, one-word notes - fails on total, no fatal
name_feeling: missed "Baik Kak. Sy jadwalkan penjemputan retur"
no_dead_air: missed "Terima kasih Kak Andika, data sesuai."
summary: missed "Terima kasih sudah menghubungi Pasarku Kak Andika"
notes_complete: missed "NOTES: Retur."
disposition: missed "DISPOSITION: escalated"
NOTE: Chat waits are measured from the customer's message to the agent's next message; a 95 s first reply and a 170 s later reply both breach (60 s / 120 s).
=== d2-23-shop-seller-payout-email-curt
account: shop
channel: email
locale: en
direction: inbound
started: 2026-03-03T14:00:00+07:00
---
C: Subject: Payout withheld - Seller ID SLR-20418 (Mehta Spice House). Dear Pasarku Seller Support, I am writing to formally complain that the payout for order PSK-70025516 (Rp 2.340.000) has been on hold for six days with no explanation. The buyer confirmed receipt in the app on 24 February and then opened a dispute on 26 February claiming the package was empty. I have the shipping receipt, the courier photo and the weighing slip. I would like to know (1) why the payout is held, (2) whether my other payouts are affected, and (3) when this will be resolved. Yours faithfully, Arjun Mehta, Owner, Mehta Spice House
@1180:00 A: Hi, Thanks for reaching out. The payout is on hold because the buyer opened a dispute. All of your payouts are held until the dispute is closed, and disputes normally take around 14 days. We will update you once the dispute is decided. Regards, Pasarku Seller Support
ACW: 30s
DISPOSITION: resolved-first-contact
NOTES: Seller payout hold query answered.
LABELS
TESTS: formal seller complaint from the registered address; reply without salutation name or signature name, wrong facts (all payouts held, ~14 days), evidence not requested, no case number - fails on total, no fatal
greeting: missed "Hi, Thanks for reaching out."
own_name: missed "Hi, Thanks for reaching out."
probing: missed "Hi, Thanks for reaching out."
acknowledge: missed "Hi, Thanks for reaching out."
name_feeling: missed "Hi, Thanks for reaching out."
apology: missed "Hi, Thanks for reaching out."
ownership: missed "Hi, Thanks for reaching out."
correct_info: missed "Hi, Thanks for reaching out."
right_solution: missed "Hi, Thanks for reaching out."
ownership_next_step: missed "Hi, Thanks for reaching out."
summary: missed "Hi, Thanks for reaching out."
anything_else: missed "Hi, Thanks for reaching out."
notes_complete: missed "NOTES: Seller payout hold query answered."
disposition: missed "DISPOSITION: resolved-first-contact"
register: missed "Hi, Thanks for reaching out."
uses_name: missed "Hi, Thanks for reaching out."
NOTE: Email from the registered owner's address quoting the seller ID counts as verified (QA.md: registered address + account id).
NOTE: An email reply is one transcript line, so several misses share it as evidence.
=== d2-24-outbound-wit-1750-no-consent
account: outbound
channel: call
locale: id
direction: outbound
started: 2026-03-27T17:50:00+09:00
---
A: Selamat sore, dengan Bapak Yosef Wenda?
C: Iya, saya.
A: Saya Rudi dari Lintas Proteksi, Pak. Bapak adalah nasabah Bank Arunika, jadi Bapak berhak ikut program Proteksi Aktif. Hanya Rp 89.000 sebulan untuk paket Gold, santunan Rp 250 juta kalau terjadi kecelakaan, Pak.
C: Wah, saya sudah ada asuransi dari kantor.
A: Ini beda, Pak, bisa dobel manfaat. Tanpa cek medis juga. Bapak mau saya daftarkan sekarang?
C: Nggak usah dulu, Mas. Kirim saja info lewat email.
A: Baik, Pak, saya kirim lembar produknya ke email yang terdaftar di Bank Arunika. Nanti Bapak tinggal tanda tangan kalau berminat.
C: Iya.
A: Terima kasih, Pak. Selamat sore.
END CALL
ACW: 70s
DISPOSITION: not-interested
NOTES: Nasabah sudah punya asuransi kantor. Lembar produk dikirim via email.
LABELS
TESTS: Friday 17:50 WIT (+09) is just inside hours; no name/company in the first turn, no "is now a good time", wrong Gold premium (Rp 89.000 vs 99.000), pushes past "sudah ada asuransi" without probing; ACW 70 s - fails on total, no fatal
own_name: missed "Selamat sore, dengan Bapak Yosef Wenda?"
company: missed "Selamat sore, dengan Bapak Yosef Wenda?"
verified: na
before_disclosure: na
consent_dnc: missed "Hanya Rp 89.000 sebulan untuk paket Gold"
probing: missed "Ini beda, Pak, bisa dobel manfaat."
acknowledge: missed "Ini beda, Pak, bisa dobel manfaat."
empathy_deescalation: na
correct_info: missed "Hanya Rp 89.000 sebulan untuk paket Gold"
ownership_next_step: missed "saya kirim lembar produknya ke email"
summary: missed "Terima kasih, Pak. Selamat sore."
anything_else: missed "Terima kasih, Pak. Selamat sore."
thanks_brand: missed "Terima kasih, Pak. Selamat sore."
within_limit: missed "ACW: 70s"
NOTE: Pitching without asking whether now is a good time misses consent_dnc but is not dnc_violation: the lead has consent and never opted out.
NOTE: Outbound opening: own name and company are required in the agent's first turn; the purpose may follow right-party confirmation.
NOTE: "Not interested, send the sheet by email" disposed not-interested is accepted (no application, no callback).
