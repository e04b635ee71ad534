=== d2-13-bank-cvv-pretext-chat
account: bank
channel: chat
locale: en
direction: inbound
started: 2026-03-27T10:05:00+07:00
---
C: Hi, my debit card keeps getting declined at the supermarket and online. Can you check what's going on? - Marcus
+35 A: Hi Marcus, thanks for reaching Bank Arunika chat, you're with Sari. Sorry your card's being declined, that's embarrassing at a checkout. I'll look into it now. First, could you send me your account number, full name and date of birth?
+40 C: 0077 2319 4456, Marcus Oyelaran, 14/09/1988
+30 A: Thanks. And your mother's maiden name, please?
+20 C: Adebayo
+35 A: Thank you Marcus, you're verified. So your card is being declined everywhere since yesterday, right? I can see it was blocked by the system yesterday at 19:22 after three wrong PIN attempts. Does that ring a bell?
+30 C: hmm yes I messed up the PIN at the ATM last night. How do I unblock it?
+40 A: No problem. To make sure the card is physically with you, please type the 3-digit CVV on the back of the card and I'll check it against our system.
+25 C: 417
+35 A: Thanks. A card blocked after three wrong PINs can only be reopened by you: at any branch with your ID and passbook, or in the Arunika mobile app after a face check (Menu > Card > Reactivate). In the app you then set a new PIN yourself.
+30 C: ok I'll do the app thing now
+40 A: Great. To recap: card blocked after three wrong PINs yesterday at 19:22, reopen it with the face check in the app or at a branch with ID and passbook. Reference for this chat: CH-2703-0912. Anything else I can help with?
+20 C: no thanks
+15 A: Thanks for chatting with Bank Arunika, Marcus. Have a good day!
ACW: 45s
DISPOSITION: resolved-first-contact
NOTES: Card declined; blocked by system 26/3 19:22 after 3 wrong PINs. Verified (acct, name, DOB, MMN). Asked for CVV to confirm possession. Advised reopen via app face check or branch (ID + passbook). Ref CH-2703-0912.
LABELS
TESTS: chat, full verification, then the agent asks for the CVV "to confirm the card is with you" (request_secret, fatal with a 95 total); telling the customer to set a new PIN himself in the app is fine
before_disclosure: missed "please type the 3-digit CVV"
request_secret: missed "please type the 3-digit CVV"
=== d2-14-shop-email-work-address-disclosed
account: shop
channel: email
locale: en
direction: inbound
started: 2026-03-10T08:20:00+07:00
---
C: Subject: Delivery address check - order PSK-55102983. Hi, I'm writing from my work email because I can't get into my personal one right now. Could you tell me which address order PSK-55102983 is going to and when it will arrive? I think I might have left my old address on it. Thanks, Chidi Okafor
@96:00 A: Dear Mr Okafor, Thank you for getting in touch, and I'm sorry for the worry about the address. This is Rizky from Pasarku customer care. I've located order PSK-55102983: 1 x Breville espresso machine, Rp 4.870.000, paid by BCA virtual account, shipping to Apartemen Taman Rasuna Tower 3 Unit 12B, Jl. HR Rasuna Said, Jakarta Selatan 12960. PasarKirim shows it out for delivery today between 09:00 and 17:00. If that is your old address, please reply straight away and I will open a case with PasarKirim to try to redirect it before delivery; case reference CS-1003-2241. To summarise: the parcel is out for delivery today to the Taman Rasuna address, and if that is wrong we will work on it under CS-1003-2241. Is there anything else I can help with? Thank you for shopping with Pasarku. Best regards, Rizky Pratama, Pasarku Customer Care
ACW: 50s
DISPOSITION: resolved-first-contact
NOTES: Customer emailed from a non-registered (work) address about PSK-55102983; confirmed delivery address, item and payment; out for delivery today 09-17. If address wrong, redirect case CS-1003-2241.
LABELS
TESTS: email from an unregistered address quoting only the order number; agent discloses address, item, amount and payment method (one data point, not the registered address) - fatal with a passing total
verified: missed "I've located order PSK-55102983: 1 x Breville"
before_disclosure: missed "I've located order PSK-55102983: 1 x Breville"
disclose_before_verify: missed "I've located order PSK-55102983: 1 x Breville"
NOTE: Email verification per QA.md needs the registered address plus an account/order id; a work address the customer admits is not registered fails it even with the right order number.
=== d2-15-shop-supervisor-instant-cold
account: shop
channel: call
locale: en
direction: inbound
started: 2026-03-27T09:30:00+07:00
---
A: Good morning, thank you for calling Pasarku, my name is Andre. How can I help you today?
C: Morning. Look, I've already called twice about this. I ordered a blue cot for my baby and got a pink high chair. I want a supervisor, I'm not explaining it a third time.
A: Sure, I'll put you through to my supervisor now.
TRANSFER COLD
ACW: 20s
DISPOSITION: transferred
NOTES: Cust wants supervisor.
LABELS
TESTS: first-sentence supervisor demand on a repeat wrong-item complaint; agent makes no attempt and cold-transfers (fatal); verification N/A (no account data touched)
verification: na
probing: missed "Sure, I'll put you through to my supervisor now."
acknowledge: missed "Sure, I'll put you through to my supervisor now."
name_feeling: missed "Sure, I'll put you through to my supervisor now."
apology: missed "Sure, I'll put you through to my supervisor now."
ownership: missed "Sure, I'll put you through to my supervisor now."
transfer_escalation: missed "TRANSFER COLD"
right_solution: missed "Sure, I'll put you through to my supervisor now."
ownership_next_step: missed "Sure, I'll put you through to my supervisor now."
summary: missed "Sure, I'll put you through to my supervisor now."
anything_else: na
thanks_brand: na
notes_complete: missed "NOTES: Cust wants supervisor."
uses_name: na
blind_transfer_on_supervisor_request: missed "TRANSFER COLD"
NOTE: correct_info met when the agent states nothing wrong (nothing was stated); register met with no name offered and no disrespect.
=== d2-16-outbound-pa-pitch-after-optout
account: outbound
channel: call
locale: id
direction: outbound
started: 2026-03-10T10:20:00+07:00
---
A: Selamat pagi, saya Hendri dari Lintas Proteksi. Apakah saya berbicara dengan Ibu Maria Theresia?
C: Iya, saya sendiri.
A: Terima kasih, Ibu Maria. Panggilan ini direkam. Saya menghubungi Ibu terkait penawaran asuransi kecelakaan diri Proteksi Aktif untuk nasabah Bank Arunika. Apakah Ibu berkenan mendengarkan sebentar?
C: Mas, saya sudah bilang bulan lalu, jangan telepon saya lagi. Tolong hapus nomor saya.
A: Baik, Bu, mohon maaf. Tapi sebentar saja, Bu, paket Gold kami hanya Rp 99.000 per bulan, santunannya sampai Rp 250.000.000, tanpa cek medis.
C: Saya nggak mau. Saya sudah minta berkali-kali!
A: Baik, Bu. Kalau paket Silver hanya Rp 49.000, Bu, lebih ringan.
C: Mas dengar nggak sih? Hapus nomor saya!
A: Baik, Bu, nanti saya catat. Terima kasih, selamat pagi.
END CALL
ACW: 30s
DISPOSITION: not-interested
NOTES: Nasabah tidak tertarik.
LABELS
TESTS: outbound offer; customer says she already asked last month not to be called and asks to be removed; agent apologises then "tapi sebentar saja" and pitches twice (dnc_violation); wrong disposition
verified: na
before_disclosure: na
consent_dnc: missed "Tapi sebentar saja, Bu, paket Gold"
probing: missed "Kalau paket Silver hanya Rp 49.000"
acknowledge: missed "Kalau paket Silver hanya Rp 49.000"
name_feeling: missed "Kalau paket Silver hanya Rp 49.000"
ownership: missed "Baik, Bu, nanti saya catat."
no_triggers: missed "Tapi sebentar saja, Bu, paket Gold"
right_solution: missed "Baik, Bu, nanti saya catat."
ownership_next_step: missed "Baik, Bu, nanti saya catat."
summary: missed "Baik, Bu, nanti saya catat."
anything_else: missed "Baik, Bu, nanti saya catat."
thanks_brand: missed "Baik, Bu, nanti saya catat."
notes_complete: missed "NOTES: Nasabah tidak tertarik."
disposition: missed "DISPOSITION: not-interested"
dnc_violation: missed "Tapi sebentar saja, Bu, paket Gold"
NOTE: Outbound with no account data read out: verified and before_disclosure N/A, the verification section stands on consent_dnc alone.
=== d2-17-outbound-uk-take-me-off-pitch
account: outbound
channel: call
locale: en
direction: outbound
started: 2026-03-09T08:05:00+00:00
---
A: Good morning, this is Lukas calling from Lintas Proteksi. May I speak with Mrs Helen Whitlock, please?
C: Speaking. It's rather early, who is this?
A: Thank you, Mrs Whitlock. I'm calling because you filled in our web form about the Global Expat Health plan for your move to Indonesia. This call is recorded. Is now a good time for a few minutes?
C: Oh, that. Look, I filled that in weeks ago and I've decided to go with my employer's cover. Please take me off your list, I don't want any more calls.
A: I completely understand, Mrs Whitlock. Just before I go, though, one minute: for your age group it's only USD 165 a month with a one million dollar annual limit, and evacuation to Singapore is included, which most employer plans don't have.
C: I said no more calls. Goodbye.
END CALL
ACW: 25s
DISPOSITION: not-interested
NOTES: Prospect going with employer cover. Not interested.
LABELS
TESTS: UK prospect at 08:05 Monday (just inside hours); clear "take me off your list"; agent pitches "just one minute" (dnc_violation); customer hangs up so no closing
verified: na
before_disclosure: na
consent_dnc: missed "Just before I go, though, one minute"
probing: missed "Just before I go, though, one minute"
acknowledge: missed "Just before I go, though, one minute"
name_feeling: missed "Just before I go, though, one minute"
apology: missed "Just before I go, though, one minute"
ownership: missed "Just before I go, though, one minute"
no_triggers: missed "Just before I go, though, one minute"
right_solution: missed "Just before I go, though, one minute"
ownership_next_step: missed "Just before I go, though, one minute"
summary: missed "Just before I go, though, one minute"
anything_else: missed "Just before I go, though, one minute"
thanks_brand: missed "Just before I go, though, one minute"
notes_complete: missed "NOTES: Prospect going with employer cover."
disposition: missed "DISPOSITION: not-interested"
dnc_violation: missed "Just before I go, though, one minute"
NOTE: When the customer hangs up because of the agent's own fault, the closing criteria are missed (not N/A); evidence is the agent's last line.
=== d2-18-outbound-wita-saturday-1810
account: outbound
channel: call
locale: id
direction: outbound
started: 2026-03-14T18:10:00+08:00
---
A: Selamat sore, saya Nita dari Lintas Proteksi. Apakah benar saya berbicara dengan Bapak Made Suarjana?
C: Iya, betul. Ada apa ya?
A: Terima kasih, Pak Made. Panggilan ini direkam. Saya menghubungi Bapak karena Bapak nasabah Bank Arunika yang bersedia menerima informasi asuransi kecelakaan diri Proteksi Aktif. Apakah Bapak berkenan mendengarkan penawarannya sekarang, kira-kira tiga menit?
C: Wah, ini sudah malam, Mbak, saya lagi makan sama keluarga.
A: Mohon maaf, Pak, pasti terganggu sekali ditelepon saat makan malam. Kapan waktu yang lebih nyaman untuk saya hubungi kembali?
C: Senin saja, jam sepuluh pagi.
A: Baik, Pak Made. Saya jadwalkan telepon kembali hari Senin, 16 Maret, antara pukul 10.00 sampai 10.30 WITA, nomor jadwal CB-1403-3310. Ada lagi yang bisa saya bantu?
C: Nggak, itu saja.
A: Terima kasih atas waktunya, Pak Made. Salam dari Lintas Proteksi, selamat malam.
END CALL
ACW: 35s
DISPOSITION: callback-scheduled
NOTES: Nasabah (WITA, +08) sedang makan malam, minta ditelepon kembali Senin 16/3 10.00-10.30 WITA. Callback CB-1403-3310. Penawaran belum disampaikan.
LABELS
TESTS: Saturday 18:10 WITA (+08) = 17:10 in Jakarta: outside Indonesian hours by the customer's clock (fatal) on an otherwise polite call; "selamat sore" is wrong for 18:10 local
verified: na
before_disclosure: na
greeting: missed "Selamat sore, saya Nita"
consent_dnc: missed "Selamat sore, saya Nita"
outside_calling_hours: missed "Selamat sore, saya Nita"
