=== d2-07-telco-noshow-supervisor-jibe
account: telco
channel: call
locale: en
direction: inbound
started: 2026-03-04T11:50:00+08:00
---
A: Good morning, Nusanet Home Internet, this is Arif speaking. How can I help?
C: Yeah, hi. I'm calling because your technician stood me up. Again. Second time this week, and I took the morning off work for this.
A: Right. Can I get your account number?
C: It's 3380 1256 07.
A: And the full name and date of birth on the account?
C: Daniel Kerrigan, twenty-second of June 1984.
A: Thanks. So I can see a visit booked for today, eight to ten, and the field note says customer not home.
C: Not home? I was sitting on the porch the entire time! Nobody called, nobody came. This is a joke.
A: Well, that's what the note says.
C: I want to speak to your supervisor. Now.
A: A supervisor's going to tell you exactly the same thing, mate, just slower.
C: Excuse me? Put me through to a supervisor.
A: Look, I'll rebook you. First slot tomorrow is eight to ten, the technician rings thirty minutes before arriving, and I've put in a request for a Rp 50.000 credit for the missed visit on your next bill. Reference FV-0403-6612.
C: And the supervisor?
A: Nobody's free. That's the best you'll get today.
C: Unbelievable. Fine, whatever.
A: Anything else?
C: No.
A: Right. Bye.
END CALL
ACW: 30s
DISPOSITION: resolved-first-contact
NOTES: Tech no-show. Rebooked.
LABELS
TESTS: technician no-show; agent answers a supervisor demand with a jibe and refuses the second demand flatly (rude, no escalation, no cold transfer); "mate" on voice; thin notes; wrong disposition
probing: missed "Well, that's what the note says."
acknowledge: missed "Well, that's what the note says."
name_feeling: missed "Well, that's what the note says."
apology: missed "Well, that's what the note says."
no_triggers: missed "A supervisor's going to tell you exactly the same thing"
transfer_escalation: missed "Nobody's free. That's the best you'll get today."
summary: missed "Right. Bye."
thanks_brand: missed "Right. Bye."
notes_complete: missed "NOTES: Tech no-show. Rebooked."
disposition: missed "DISPOSITION: resolved-first-contact"
register: missed "A supervisor's going to tell you exactly the same thing"
no_slang: missed "A supervisor's going to tell you exactly the same thing"
uses_name: missed "Right. Bye."
rude: missed "A supervisor's going to tell you exactly the same thing"
blind_transfer_on_supervisor_request: met
NOTE: A supervisor demand refused twice with no cold transfer: blind_transfer is met (it did not happen), transfer_escalation is missed, and the jibe is the rude fatal.
NOTE: Wrong disposition: a rebooked visit with an open supervisor demand is not resolved on first contact (ticket-created or escalated would fit).
=== d2-08-telco-addon-harusnya-pin
account: telco
channel: call
locale: id
direction: inbound
started: 2026-03-11T10:58:00+07:00
---
A: Selamat pagi, Nusanet Home Internet, saya Bayu. Ada yang bisa saya bantu?
C: Pagi, Mas. Tagihan saya bulan ini tiba-tiba ada Movies Pack sembilan puluh lima ribu. Saya nggak pernah beli itu.
A: Jadi ada Movies Pack di tagihan yang tidak Bapak beli, ya. Saya bantu cek, Pak. Boleh nomor pelanggannya?
C: 6104 3390 12.
A: Mohon disebutkan nama lengkap dan tanggal lahir sesuai data pelanggan.
C: Agus Salim Harahap, tiga Maret tujuh puluh sembilan.
A: Terima kasih, Pak Agus, data sudah sesuai. Mohon izin saya cek riwayat add-on di TV box Bapak, sekitar satu menit. Boleh saya minta Bapak menunggu sebentar?
C: Silakan.
HOLD 35
A: Terima kasih sudah menunggu, Pak. Movies Pack dibeli lewat remote TV box tanggal 2 Maret pukul 20.41. Di rumah Bapak ada yang mungkin membelinya?
C: Ya mungkin anak-anak. Tapi masa bisa beli semudah itu, tanpa konfirmasi apa-apa?
A: Harusnya Bapak pasang PIN pembelian dari awal, Pak. Kalau tidak dipasang, siapa saja di rumah bisa beli, itu tanggung jawab pelanggan.
C: Lho, kok jadi salah saya? Saya nggak pernah dikasih tahu ada PIN begitu.
A: Informasinya ada di buku panduan TV box, Pak.
C: Ya sudah. Saya mau itu dihentikan dan uangnya dikembalikan.
A: Movies Pack-nya saya hentikan sekarang, Pak, mulai tagihan berikutnya tidak muncul lagi. Untuk tagihan bulan ini tetap harus dibayar.
C: Jadi saya tetap bayar sembilan puluh lima ribu?
A: Betul, Pak, karena pembeliannya sah dari TV box Bapak. Ada lagi yang bisa saya bantu?
C: Nggak. Kecewa saya.
A: Terima kasih telah menghubungi Nusanet Home Internet, Pak Agus. Selamat pagi.
END CALL
ACW: 40s
DISPOSITION: resolved-first-contact
NOTES: Pelanggan komplain Movies Pack Rp 95.000 (dibeli 2/3 20.41 via remote TV box). Terverifikasi. Add-on dihentikan hari ini. Tagihan bulan ini tetap ditagihkan.
LABELS
TESTS: 10:58 "selamat pagi" is still right; "harusnya Bapak pasang PIN" given as the answer (blame); reversal within 60 days not offered (wrong info and solution); hold done right
name_feeling: missed "Informasinya ada di buku panduan TV box, Pak."
apology: missed "Informasinya ada di buku panduan TV box, Pak."
no_triggers: missed "Harusnya Bapak pasang PIN pembelian"
correct_info: missed "Untuk tagihan bulan ini tetap harus dibayar."
right_solution: missed "Untuk tagihan bulan ini tetap harus dibayar."
ownership_next_step: missed "Betul, Pak, karena pembeliannya sah"
summary: missed "Betul, Pak, karena pembeliannya sah"
blame_customer: missed "Harusnya Bapak pasang PIN pembelian"
NOTE: Disposition judged against what the agent actually did (add-on stopped, no adjustment requested): resolved-first-contact is consistent with the action even though the action was wrong; the wrong outcome is scored under accuracy.
=== d2-09-shop-old-address-you-should-have
account: shop
channel: call
locale: en
direction: inbound
started: 2026-03-06T15:05:00+07:00
---
A: Good afternoon, Pasarku customer care, you're speaking with Kevin. How may I help you?
C: Hi Kevin, my name's Priya Raman. I ordered an air purifier last week and it says delivered, but it went to my old flat in Kemang. I moved to BSD a month ago and I updated my address in the app.
A: I'm sorry to hear that, Ms Raman. Could I have the order number and your registered email?
C: Order PSK-90331278, and priya.raman@fastmail.com.
A: Thank you, that's verified. The order was shipped to Jalan Kemang Raya 14, which is the default address on your account, and the courier photo shows it handed to a security guard there yesterday at 2:10 pm.
C: But I added the BSD address. Why did it go to Kemang?
A: You added BSD as a second address, but Kemang is still set as the default. You should have checked the address at checkout before paying, ma'am. The courier delivered it to the address you chose.
C: So that's it? It's my fault and I just lose a four million rupiah purifier?
A: The delivery was completed correctly, so we can't file a claim.
C: Can't you at least contact the courier or the building?
A: The parcel is with the security guard at that address, so you can pick it up there. Anything else?
C: That's forty kilometres away. Great. No, nothing else.
A: Alright, thank you for calling Pasarku, have a nice day.
END CALL
ACW: 25s
DISPOSITION: resolved-first-contact
NOTES: Delivered to default address Kemang. Customer error. Advised to collect.
LABELS
TESTS: "you should have checked the address" as the whole answer (blame); no help to recover the parcel; apology at the start does not rescue it
acknowledge: missed "Thank you, that's verified."
probing: missed "The parcel is with the security guard at that address"
name_feeling: missed "The delivery was completed correctly, so we can't file a claim."
ownership: missed "The delivery was completed correctly, so we can't file a claim."
no_triggers: missed "You should have checked the address at checkout"
right_solution: missed "The parcel is with the security guard at that address"
ownership_next_step: missed "The parcel is with the security guard at that address"
summary: missed "Alright, thank you for calling Pasarku"
notes_complete: missed "NOTES: Delivered to default address Kemang."
blame_customer: missed "You should have checked the address at checkout"
NOTE: Disposition resolved-first-contact accepted: no claim, ticket or transfer was made, so no other code fits what happened.
=== d2-10-shop-refund-dijamin-besok
account: shop
channel: call
locale: id
direction: inbound
started: 2026-03-13T18:45:00+07:00
---
A: Selamat malam, Pasarku, dengan Dewi di sini. Ada yang bisa saya bantu?
C: Malam, Mbak. Saya mau tanya refund saya, sudah dua minggu belum masuk juga. Pesanannya dibatalkan penjual karena stok habis.
A: Mohon maaf atas ketidaknyamanannya, Bu, pasti kesal menunggu selama itu. Saya bantu cek. Boleh disebutkan nomor pesanan dan email yang terdaftar?
C: PSK-60712235, emailnya lestari.ayu88@gmail.com.
A: Terima kasih, Ibu Lestari, datanya sudah sesuai. Jadi pesanan dibatalkan penjual dan refund-nya belum Ibu terima, betul? Waktu itu Ibu membayar pakai apa?
C: Kartu kredit, Mbak.
A: Baik. Refund Rp 3.150.000 sudah diproses Pasarku tanggal 3 Maret ke kartu kredit Ibu. Untuk kartu kredit biasanya tujuh sampai empat belas hari kerja, tergantung bank penerbit.
C: Sudah delapan hari kerja ini. Saya butuh uangnya, Mbak, buat bayar cicilan.
A: Saya mengerti, Bu. Saya yang pastikan, Bu: besok pagi dananya sudah masuk ke kartu Ibu, saya jamin. Dan sebagai permohonan maaf, saya berikan voucher belanja Rp 100.000 ke akun Ibu.
C: Oh, beneran besok? Syukurlah.
A: Betul, Bu. Nomor referensi bank atau ARN-nya 55310294471020398811, kalau perlu Ibu bisa tanyakan ke bank. Jadi refund Rp 3.150.000 masuk besok pagi, dan voucher Rp 100.000 saya kirim malam ini. Ada lagi yang bisa dibantu?
C: Nggak, Mbak. Makasih banyak.
A: Terima kasih, Ibu Lestari, sudah menghubungi Pasarku. Selamat malam.
END CALL
ACW: 50s
DISPOSITION: resolved-first-contact
NOTES: Refund pesanan PSK-60712235 (dibatalkan penjual) Rp 3.150.000 ke kartu kredit, diproses 3/3, hari kerja ke-8. ARN 55310294471020398811. Dijanjikan dana masuk besok pagi + voucher Rp 100.000.
LABELS
TESTS: warm, well-run call that guarantees a card refund "besok pagi, saya jamin" and gives a goodwill voucher (unauthorised promise, fatal with a passing total); "saya yang pastikan" ownership wording wrapped around the promise
correct_info: missed "besok pagi dananya sudah masuk ke kartu Ibu, saya jamin"
no_unauthorised_promise: missed "besok pagi dananya sudah masuk ke kartu Ibu, saya jamin"
unauthorized_promise: missed "besok pagi dananya sudah masuk ke kartu Ibu, saya jamin"
NOTE: Notes that faithfully record the (wrong) promise are complete; the promise itself is scored under accuracy and fatal.
=== d2-11-telco-free-month-email
account: telco
channel: email
locale: en
direction: inbound
started: 2026-03-02T09:12:00+08:00
---
C: Subject: Third outage this month - account 4417 0923 58. Hello, this is the third time in three weeks our internet has gone down (10 Feb, 19 Feb, and since yesterday evening, 1 March). I run my business from home in Canggu and every outage costs me clients. I'd like to know what you are going to do about it. Regards, Tom Beckett (account holder, account 4417 0923 58)
@142:00 A: Dear Mr Beckett, Thank you for your email, and I'm sorry: three outages in three weeks is not the service you should be getting, and I can imagine how frustrating it is when your business depends on it. My name is Putu and I'm with Nusanet Home Internet customer care. I've checked account 4417 0923 58, which matches the address you wrote from. The current fault on your line is logged under ticket TK-0203-5521; our standard repair window is 2 x 24 hours from the ticket, so by 20:00 on 3 March. Because this is your third outage in 30 days, I will personally make sure you get a full month of free service on your next bill, plus a free upgrade to Fiber 100 for three months. To summarise: ticket TK-0203-5521 with repair by 20:00 on 3 March, a free month on your next bill and a free upgrade. If there is anything else I can help with, simply reply to this email. Thank you for choosing Nusanet Home Internet. Kind regards, Putu Ariasa, Nusanet Home Internet Customer Care
ACW: 55s
DISPOSITION: ticket-created
NOTES: 3rd outage in 30 days (10/2, 19/2, 1/3). Verified: registered email + account no. Ticket TK-0203-5521, repair window 2x24h -> by 3/3 20:00. Promised 1 free month on next bill + free Fiber 100 upgrade 3 months.
LABELS
TESTS: formal email, verified by registered address + account id, warm and complete, but grants a free month and a free upgrade (policy: one-day credit per day down, requested to billing) - fatal with a passing total; the 2 x 24 h repair window stated as a date is a standard time frame
right_solution: missed "I will personally make sure you get a full month of free service"
no_unauthorised_promise: missed "I will personally make sure you get a full month of free service"
unauthorized_promise: missed "I will personally make sure you get a full month of free service"
NOTE: The SLA window restated as its end time ("2 x 24 hours from the ticket, so by 20:00 on 3 March") is a standard time frame, not a guaranteed date.
NOTE: Email: opening criteria read from the first reply (salutation with name, own name, company, taking up the issue); no_slang N/A off voice.
=== d2-12-bank-atm-supervisor-cold
account: bank
channel: call
locale: id
direction: inbound
started: 2026-03-26T20:15:00+07:00
---
A: Selamat malam, Bank Arunika, dengan Rizal. Ada yang bisa saya bantu?
C: Malam. Saya tarik tunai satu juta di ATM Bank Sejahtera tadi sore, uangnya nggak keluar tapi saldo saya kepotong!
A: Mohon maaf atas kejadiannya, Pak, saya paham Bapak pasti kesal. Saya bantu cek. Boleh nomor rekening atau nomor kartunya?
C: Rekening 0455 7812 3306.
A: Terima kasih. Mohon disebutkan nama lengkap, tanggal lahir, dan nama ibu kandung.
C: Teguh Prasetyo, sembilan belas Januari sembilan puluh, ibu kandung Marni.
A: Terima kasih, Pak Teguh, data sesuai. Saya lihat penarikan Rp 1.000.000 di ATM jaringan bersama milik Bank Sejahtera pukul 16.52 tadi, dan uangnya tidak keluar, betul? Saya ajukan sanggahan sekarang, Pak. Nomor sanggahannya ATM-2603-1180. Karena ATM bank lain, investigasinya paling lama dua puluh hari kerja, dan dananya akan kembali ke rekening Bapak bila hasil pengecekan menunjukkan uang memang tidak keluar.
C: Dua puluh hari kerja?! Itu sebulan! Saya mau bicara dengan supervisor.
A: Saya mengerti Bapak keberatan dengan lamanya, Pak. Waktunya memang lebih panjang karena kami menunggu jurnal dari Bank Sejahtera. Sanggahan Bapak sudah saya —
-3 C: Saya nggak mau dengar penjelasan lagi. Sambungkan ke supervisor sekarang!
A: Baik, Pak, saya sambungkan.
TRANSFER COLD
ACW: 40s
DISPOSITION: transferred
NOTES: Sanggahan ATM jaringan bersama (Bank Sejahtera) Rp 1.000.000, 16.52, ref ATM-2603-1180, investigasi maks 20 hari kerja. Nasabah minta supervisor 2x, ditransfer.
LABELS
TESTS: textbook ATM dispute, one de-escalation attempt, then the second supervisor demand gets a cold transfer with no briefing (fatal with a 90 total); closing recap missing, anything-else/thanks N/A because the call ends in a transfer
transfer_escalation: missed "TRANSFER COLD"
summary: missed "Baik, Pak, saya sambungkan."
anything_else: na
thanks_brand: na
blind_transfer_on_supervisor_request: missed "TRANSFER COLD"
NOTE: The customer cutting the agent off is not an interrupt by the agent.
