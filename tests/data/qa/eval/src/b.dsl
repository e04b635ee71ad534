=== 13-telco-supervisor-blind-cold-transfer
account: telco
channel: call
locale: en
direction: inbound
started: 2026-03-04T16:20:00+08:00
---
A: Good afternoon, Nusanet, this is Ryan.
C: I've been waiting a week for my SIM replacement, my phone has no service, and I want to speak to a supervisor.
A: What's your number?
C: 0817 5543 2210. Name's Mark Evans.
A: Date of birth?
C: Twelfth of December 1990.
A: Right. The SIM replacement is pending at the store.
C: Pending for a week? I want a supervisor, now.
A: Sure, transferring you.
TRANSFER COLD
END CALL
ACW: 15s
DISPOSITION: transferred
NOTES: Supervisor req.
LABELS
FATAL: blind_transfer_on_supervisor_request
offer_or_purpose: missed "Good afternoon, Nusanet, this is Ryan."
probing: missed "The SIM replacement is pending"
acknowledge: missed "What's your number?"
name_feeling: missed "What's your number?"
apology: missed "What's your number?"
ownership: missed "Sure, transferring you."
transfer_escalation: missed "TRANSFER COLD"
right_solution: missed "The SIM replacement is pending"
ownership_next_step: missed "Sure, transferring you."
summary: missed "Sure, transferring you."
anything_else: na
thanks_brand: na
notes_complete: missed "NOTES:"
register: missed "What's your number?"
uses_name: missed "Sure, transferring you."
NOTE: two supervisor demands, no attempt, cold transfer with no briefing: fatal.

=== 14-shop-refund-hold-without-permission
account: shop
channel: call
locale: id
direction: inbound
started: 2026-03-07T10:30:00+07:00
---
A: Selamat pagi, terima kasih telah menghubungi Belanja.id, saya Nadia. Ada yang bisa saya bantu?
C: Pagi Mbak. Pesanan saya dibatalkan penjual seminggu lalu, tapi dananya belum kembali.
A: Mohon maaf atas ketidaknyamanannya, Kak. Saya bantu cek ya. Boleh saya tahu nama dan nomor pesanannya?
C: Dewi Anggraini, nomor pesanan BLJ-4418820.
A: Terima kasih, Kak Dewi. Untuk verifikasi, mohon sebutkan email yang terdaftar di akun.
C: dewi.angg at yahoo dot com.
A: Terima kasih, data sesuai. Jadi pesanan BLJ-4418820 dibatalkan penjual dan dananya belum kembali. Waktu itu Kakak membayar dengan metode apa?
C: Transfer bank, virtual account.
HOLD 50
A: Terima kasih sudah menunggu, Kak Dewi. Dana tiga ratus dua puluh ribu rupiah sudah kami kembalikan tanggal satu Maret ke saldo Belanja.id Kakak, bukan ke rekening bank.
C: Oh, saya tidak cek saldo. Sebentar... iya, ada. Bisa dipindah ke rekening saya?
A: Bisa, Kak. Saldo bisa ditarik ke rekening bank lewat menu Saldo, lalu Tarik Dana. Prosesnya maksimal dua hari kerja, tanpa biaya.
C: Baik, nanti saya coba.
A: Saya ulangi ya, Kak: dana tiga ratus dua puluh ribu sudah ada di saldo Belanja.id dan bisa ditarik lewat menu Saldo, Tarik Dana, maksimal dua hari kerja. Ada lagi yang bisa saya bantu?
C: Sudah, terima kasih.
A: Terima kasih telah berbelanja di Belanja.id, Kak Dewi. Selamat pagi.
END CALL
ACW: 45s
DISPOSITION: resolved-first-contact
NOTES: Order BLJ-4418820 cancelled by seller, customer thought refund missing. Verified name, order, email. Refund Rp320.000 credited to Belanja.id balance on 1 Mar; explained withdrawal via Saldo > Tarik Dana (max 2 working days, free). Resolved.
LABELS
hold_permission: missed "HOLD START"
name_feeling: missed "Mohon maaf atas ketidaknyamanannya"
NOTE: 50 s hold with no permission asked (thanks on return, so check-back met). Total 93.75 rounds half-up to 93.8.

=== 15-telco-long-hold-no-checkback
account: telco
channel: call
locale: en
direction: inbound
started: 2026-03-10T09:40:00+10:00
---
A: Good morning, thanks for calling Nusanet, you're speaking with Chloe. How can I help?
C: Hi Chloe, my internet's been crawling for three days. I'm paying for 100 megs and getting about 5.
A: Sorry to hear that, it's really annoying when you're paying for 100. Let me take a look. Can I get your name and account number?
C: Liam Walsh, account 55 0192 3347. Just Liam is fine.
A: Thanks, Liam. And the date of birth on the account?
C: Twenty-second of August 1992.
A: Thanks, you're verified. So the speed has dropped to around 5 megs for three days. Is that on wifi, or also with a cable plugged into the modem?
C: Both, I tested with a cable as well.
A: Alright, I'll just put you on hold while I run a line test.
HOLD 150
A: Right, the line test shows your modem is syncing at a low rate, which usually points to a line fault outside the house. I've booked a technician visit, reference TCK-33810, and our scheduling team will call you within 24 hours to set a time.
C: That was a long wait. But alright, thanks.
A: To recap: a line fault is suspected, technician ticket TCK-33810, and a scheduling call within 24 hours. Anything else I can help with?
C: No, that's it.
A: Thanks for calling Nusanet, Liam. Have a good day.
END CALL
ACW: 50s
DISPOSITION: ticket-created
NOTES: Slow speed (~5 Mbps on 100 plan) 3 days, wifi + cable. Verified name/acct/DOB. Line test: low sync, suspected external line fault. Tech ticket TCK-33810, scheduling call within 24 h.
LABELS
hold_permission: missed "I'll just put you on hold"
hold_checkback: missed "Right, the line test shows"
hold_under_2min: missed "HOLD END"
NOTE: one 150 s hold: no permission/duration, no check-back at 60 s, no thanks on return, over 120 s. Still passes on total.

=== 16-shop-parcel-dead-air
account: shop
channel: call
locale: en
direction: inbound
started: 2026-03-09T17:45:00+07:00
---
A: Good evening, thank you for calling Belanja.id, this is Sari. How may I help you?
C: Hi, my parcel's tracking hasn't moved for five days. It's stuck at the Surabaya hub.
A: I'm sorry about that, five days without an update is worrying. Let me check. May I have your name and order number, please?
C: Jonathan Reyes, order BLJ-7730154.
A: Thank you, Mr Reyes. Could you confirm the email address on your account?
C: jon.reyes at outlook dot com.
A: Thank you, that matches. Let me look at the courier record.
+28 C: Hello? Are you still there?
A: Yes, I'm still here, Mr Reyes. The courier KirimCepat shows the parcel held at the Surabaya hub because the label was damaged.
C: So what happens now?
A: Let me raise a trace with the courier to relabel and release it, reference TRC-20993. They update within two working days, and if the parcel isn't found within five working days you can request a full refund from the order page.
C: Alright.
A: So: trace TRC-20993 is open for the damaged label, an update within two working days, and a refund option if it isn't found in five. Is there anything else I can help you with?
C: No, thanks.
A: Thank you for shopping with Belanja.id, Mr Reyes. Have a good evening.
END CALL
ACW: 70s
DISPOSITION: ticket-created
NOTES: Parcel BLJ-7730154 stuck at Surabaya hub 5 days (damaged label). Verified name/order/email. Courier trace TRC-20993, update within 2 working days; refund option if not found in 5 working days.
LABELS
no_dead_air: missed "Let me look at the courier record."
within_limit: missed "ACW: 70s"
NOTE: ~26 s of silence with no hold; ACW 70 s.

=== 17-shop-chat-slow-replies
account: shop
channel: chat
locale: id
direction: inbound
started: 2026-03-13T20:15:00+07:00
---
C: Halo, paket saya katanya sudah diterima tapi saya belum terima barangnya.
+95 A: Selamat malam, Kak. Saya Bima dari Belanja.id, mohon maaf menunggu. Saya bantu cek ya. Boleh minta nama dan nomor pesanannya?
C: Fajar Nugroho, BLJ-6612093
A: Terima kasih, Kak Fajar. Untuk verifikasi, mohon info nomor HP yang terdaftar di akun.
C: 0857 1122 3344
+150 A: Terima kasih, data sesuai. Jadi pesanan BLJ-6612093 tercatat sudah diterima tapi barangnya belum Kakak pegang. Di sistem tercatat diterima oleh "Satpam" hari ini jam 17.10. Apakah Kakak tinggal di apartemen atau perumahan dengan pos satpam?
C: Oh iya apartemen. Lama ya balasnya.
A: Mohon maaf atas lamanya balasan, Kak. Kemungkinan paket dititipkan di lobi atau pos keamanan. Boleh dicek dulu ke sana?
+240 C: Sudah ada, ternyata di lobi. Makasih.
A: Syukurlah, Kak Fajar. Jadi paket BLJ-6612093 sudah Kakak terima dari lobi apartemen. Ada lagi yang bisa saya bantu?
C: Tidak.
A: Terima kasih telah berbelanja di Belanja.id, Kak Fajar. Selamat malam.
END CALL
ACW: 30s
DISPOSITION: resolved-first-contact
NOTES: Order BLJ-6612093 shown received by "Satpam" 17:10; customer had not found it. Verified name/order/phone. Advised to check lobby/security post - found. Resolved, no follow-up.
LABELS
no_dead_air: missed "Selamat malam, Kak. Saya Bima"
name_feeling: missed "Mohon maaf atas lamanya balasan"
NOTE: first agent reply after 95 s (> 60) and a later one after 150 s (> 120).

=== 18-bank-chat-transfer-limit
account: bank
channel: chat
locale: en
direction: inbound
started: 2026-03-02T12:05:00+08:00
---
C: Hi, I need to increase my daily transfer limit, I'm paying a deposit for an apartment today.
+30 A: Good afternoon, this is Nina from Bank Sentosa. I can help you raise your transfer limit for today's deposit. May I have your full name and the last four digits of your debit card?
C: Aaron Tan. 4471.
A: Thank you, Mr Tan. Please also confirm your date of birth. For your safety, please never share a PIN, password or OTP in this chat.
C: 9 Sept 1985.
A: Thank you, you're verified. Your current daily transfer limit is 50 million rupiah. How much is the deposit you need to send?
C: 75 million.
A: Understood, you need to send 75 million today. Let me walk you through the quickest way: in the Sentosa app go to Profile > Transaction Limits and raise the daily limit, up to 200 million. You confirm the change with your own app PIN, which only you enter.
C: Done, it shows 100 million now.
A: Great, that covers the 75 million. To recap, Mr Tan: your daily limit is now 100 million, effective immediately, so today's deposit can go through. Is there anything else I can help you with?
C: No, thanks a lot!
A: Thank you for choosing Bank Sentosa, Mr Tan, and good luck with the new apartment!
END CALL
ACW: 35s
DISPOSITION: resolved-first-contact
NOTES: Customer needed higher daily transfer limit for Rp75m apartment deposit. Verified name, last 4 card, DOB. Guided self-service limit change in app (now Rp100m, immediate). No follow-up.
LABELS
empathy_deescalation: na
before_disclosure: met "never share a PIN, password or OTP"
NOTE: plain service request with no problem or feeling: empathy section N/A. Telling the customer to enter their own PIN in the app is not asking for a secret.

=== 19-telco-email-cancel-tv-addon
account: telco
channel: email
locale: id
direction: inbound
started: 2026-03-03T08:12:00+07:00
---
@00:00 C: Selamat pagi. Saya ingin berhenti berlangganan paket TV tambahan di internet rumah saya mulai bulan depan. Nomor pelanggan 7781 5521. Terima kasih, Andi Wijaya.
@95:00 A: Yth. Bapak Andi Wijaya, terima kasih telah menghubungi Nusanet. Saya Laras dari tim layanan email. Kami sudah mencocokkan alamat email pengirim dengan alamat yang terdaftar untuk nomor pelanggan 7781 5521, dan datanya sesuai. Sesuai permintaan Bapak untuk berhenti berlangganan paket TV tambahan mulai bulan depan, paket TV tambahan sudah kami jadwalkan berhenti mulai periode tagihan 1 April 2026, dengan nomor referensi CHG-22017. Paket internet utama Bapak tidak berubah. Tagihan Maret masih mencakup paket TV karena periode berjalan sudah dimulai. Ringkasnya: paket TV berhenti 1 April 2026, referensi CHG-22017, internet tetap aktif. Apabila ada hal lain yang bisa kami bantu, silakan balas email ini. Hormat kami, Laras, Layanan Pelanggan Nusanet.
@140:00 C: Terima kasih, sudah jelas.
ACW: 40s
DISPOSITION: resolved-first-contact
NOTES: Request to cancel TV add-on from next month. Verified: registered email + customer no. 7781 5521. TV add-on scheduled to stop from billing period 1 Apr 2026, ref CHG-22017; March bill still includes TV. Internet unchanged.
LABELS
empathy_deescalation: na
verified: met "mencocokkan alamat email pengirim"
NOTE: email verification = registered address + account id; hold/silence section N/A on email.

=== 20-shop-email-refund-policy-only
account: shop
channel: email
locale: en
direction: inbound
started: 2026-03-04T22:30:00+07:00
---
@00:00 C: Hello, I returned a pair of shoes (order BLJ-3390127) ten days ago and still have no refund. The courier picked them up on 22 February. This is the second time I'm writing about this. Please sort it out. Regards, Claire Bennett
@1310:00 A: Hello, Thank you for your email. Refunds are processed according to our return policy. Please wait for the refund to be processed. Regards, Belanja.id Customer Care
@1400:00 C: This is the third time I'm writing. Can you at least tell me when I will get my money back? Claire Bennett
@2250:00 A: Hello, As stated, refunds are processed according to our return policy. Regards, Belanja.id Customer Care
ACW: 20s
DISPOSITION: resolved-first-contact
NOTES: Replied with refund policy.
LABELS
verification: na
greeting: missed "Hello, Thank you for your email."
own_name: missed "Hello, Thank you for your email."
probing: missed "Refunds are processed according to our return policy."
acknowledge: missed "Refunds are processed according to our return policy."
name_feeling: missed "Refunds are processed according to our return policy."
apology: missed "Refunds are processed according to our return policy."
ownership: missed "Please wait for the refund"
no_triggers: missed "Refunds are processed according to our return policy."
right_solution: missed "Please wait for the refund"
ownership_next_step: missed "Please wait for the refund"
summary: missed "Please wait for the refund"
anything_else: missed "Please wait for the refund"
notes_complete: missed "NOTES:"
disposition: missed "DISPOSITION:"
register: missed "Hello, Thank you for your email."
uses_name: missed "Hello, Thank you for your email."
NOTE: policy as the whole answer to a repeat complaint; no name, no reference, no time frame. No account data looked up: verification N/A. Fail without fatal.

=== 21-bank-agent-asks-otp
account: bank
channel: call
locale: id
direction: inbound
started: 2026-03-05T11:20:00+07:00
---
A: Selamat siang, terima kasih telah menghubungi Bank Sentosa, saya Toni. Ada yang bisa saya bantu?
C: Siang Mas, saya tidak bisa masuk ke aplikasi mobile banking, katanya akun terkunci.
A: Mohon maaf atas kendalanya, Bu. Saya bantu ya. Boleh saya tahu nama lengkap dan nomor rekening Ibu?
C: Siti Rahmawati, rekening 1122 3344 55.
A: Terima kasih, Bu Siti. Mohon sebutkan tanggal lahir Ibu.
C: Empat Februari sembilan puluh tiga.
A: Terima kasih, data sesuai. Jadi akun mobile banking Ibu terkunci. Apakah sebelumnya Ibu salah memasukkan PIN beberapa kali?
C: Iya, tiga kali kemarin.
A: Baik, Bu. Saya sudah kirim kode OTP ke nomor HP Ibu. Untuk membuka blokir, mohon bacakan kode OTP tersebut kepada saya.
C: Oh, harus dibacakan ya? Kodenya enam enam satu nol empat delapan.
A: Terima kasih, Bu. Akun Ibu sudah terbuka. Silakan atur PIN baru di aplikasi, nomor referensi UNL-77310.
C: Baik, terima kasih.
A: Jadi akun Ibu sudah dibuka dan Ibu perlu membuat PIN baru di aplikasi, referensi UNL-77310. Ada lagi yang bisa saya bantu?
C: Tidak.
A: Terima kasih telah menghubungi Bank Sentosa, Bu Siti. Selamat siang.
END CALL
ACW: 40s
DISPOSITION: resolved-first-contact
NOTES: Mobile banking locked after 3 wrong PINs. Verified name/acct/DOB. OTP read out by customer, account unlocked, customer to set new PIN. Ref UNL-77310.
LABELS
FATAL: request_secret
before_disclosure: missed "mohon bacakan kode OTP"
name_feeling: missed "Mohon maaf atas kendalanya"
right_solution: missed "mohon bacakan kode OTP"
NOTE: agent asks the customer to read out an OTP "to unlock": request_secret whatever the pretext. Otherwise a tidy call.

=== 22-telco-rude-refuses-supervisor
account: telco
channel: call
locale: id
direction: inbound
started: 2026-03-14T16:05:00+07:00
---
A: Selamat sore, Nusanet, dengan Bayu, ada yang bisa dibantu?
C: Sore. Internet saya putus-putus terus tiap malam, sudah seminggu. Saya sudah lapor dua kali!
A: Baik, nama dan nomor pelanggannya?
C: Yanti Susilo, nomor pelanggan 7781 9043.
A: Tanggal lahir?
C: Dua puluh satu Mei delapan puluh.
A: Oke, data sesuai. Ibu sudah coba restart modem?
C: Sudah berkali-kali! Saya kan sudah bilang sudah lapor dua kali, masa disuruh restart lagi?
A: Ya kalau Ibu lebih tahu, kenapa tidak perbaiki sendiri saja, Bu?
C: Apa maksudnya? Saya mau bicara dengan atasan kamu.
A: Atasan saya juga akan bilang hal yang sama. Nanti saya buatkan tiket lagi, nomornya TKT-90112.
C: Kapan teknisinya datang?
A: Nanti dihubungi. Ada lagi?
C: Tidak!
A: Ya sudah, terima kasih.
END CALL
ACW: 25s
DISPOSITION: ticket-created
NOTES: Internet putus2. Tiket TKT-90112.
LABELS
FATAL: rude
probing: missed "Ibu sudah coba restart modem?"
acknowledge: missed "Baik, nama dan nomor pelanggannya?"
name_feeling: missed "Baik, nama dan nomor pelanggannya?"
apology: missed "Baik, nama dan nomor pelanggannya?"
ownership: missed "Nanti dihubungi. Ada lagi?"
no_triggers: missed "kenapa tidak perbaiki sendiri saja"
transfer_escalation: missed "Atasan saya juga akan bilang hal yang sama"
right_solution: missed "Nanti saya buatkan tiket lagi"
ownership_next_step: missed "Nanti dihubungi. Ada lagi?"
summary: missed "Nanti dihubungi. Ada lagi?"
thanks_brand: missed "Ya sudah, terima kasih."
notes_complete: missed "NOTES:"
no_slang: missed "Oke, data sesuai."
uses_name: missed "Ibu sudah coba restart modem?"
NOTE: sarcasm, then refuses a supervisor with a jibe: rude. Not blind transfer (no transfer happened) and not blame_customer (no "you should have").

=== 23-shop-blame-old-address
account: shop
channel: call
locale: en
direction: inbound
started: 2026-03-11T13:30:00+07:00
---
A: Good afternoon, thank you for calling Belanja.id, this is Melissa. How can I help you?
C: Hi, my order went to my old address. I moved last month and now the courier says it was delivered there.
A: I see. Can I have your name, order number and the registered phone number?
C: David Ong, order BLJ-2208761, phone 0811 9090 4545.
A: Thank you, Mr Ong, you're verified. The order was shipped to Jalan Melati 12, which is the default address on your account.
C: Yes, that's the old one. I thought the app would use my new address.
A: Well, you should have checked the delivery address before you paid. The system uses whatever address you select, so this isn't our mistake.
C: That's not helpful. It's a two million rupiah phone. What can you do?
A: You can contact the people at the old address, or ask the courier yourself. There's nothing I can do on our side.
C: Can't you at least contact the courier?
A: I can raise a courier request to contact the recipient, reference CR-44871, with an update within three working days.
C: Fine.
A: Anything else?
C: No.
A: Thank you for calling Belanja.id.
END CALL
ACW: 35s
DISPOSITION: ticket-created
NOTES: Order BLJ-2208761 delivered to old address (customer's default address). Verified name/order/phone. Courier request CR-44871 to contact recipient, update within 3 working days.
LABELS
FATAL: blame_customer
probing: missed "You can contact the people at the old address"
acknowledge: missed "I see. Can I have your name"
name_feeling: missed "I see. Can I have your name"
apology: missed "I see. Can I have your name"
ownership: missed "There's nothing I can do on our side."
no_triggers: missed "you should have checked the delivery address"
right_solution: missed "There's nothing I can do on our side."
summary: missed "Anything else?"
NOTE: "you should have checked" given as the answer, blaming the customer: fatal.

=== 24-telco-chat-guaranteed-technician
account: telco
channel: chat
locale: en
direction: inbound
started: 2026-03-12T19:40:00+07:00
---
C: hi my internet has been down since yesterday and I have an online exam tomorrow morning!!
+40 A: Good evening, this is Jess from Nusanet. I'm so sorry, I know how stressful that must be with an exam tomorrow. Let me help. Could you share your full name and account number?
C: Rina Halim, 7781 3312. call me Rina
A: Thanks Rina. And your date of birth please?
C: 3 Jan 2001
A: Thank you, you're verified. So your connection has been down since yesterday and you need it for tomorrow morning's exam. Is the modem showing a red LOS light?
C: yes red
A: Thanks. I can see a fault ticket already open for your line, TKT-55120. Don't worry, I guarantee a technician will be there tomorrow by 8am and everything will work before your exam. I'll also give you one month free for the trouble.
C: really? thank you so much!!
A: You're welcome! To recap: ticket TKT-55120, technician tomorrow by 8am, and a free month on your next bill. Anything else I can help with?
C: no thats all
A: Thank you for choosing Nusanet, Rina. Good luck with your exam!
END CALL
ACW: 45s
DISPOSITION: ticket-created
NOTES: Internet down since yesterday, red LOS. Verified name/acct/DOB. Existing fault TKT-55120. Told customer technician tomorrow by 08:00 guaranteed and one month free.
LABELS
FATAL: unauthorized_promise
no_unauthorised_promise: missed "I guarantee a technician will be there"
NOTE: guaranteed date/outcome plus a free month the agent cannot grant: fatal despite a warm, otherwise complete chat.
