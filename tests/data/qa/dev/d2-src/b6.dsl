=== d2-31-telco-supervisor-deescalated
account: telco
channel: call
locale: en
direction: inbound
started: 2026-03-25T12:20:00+08:00
---
A: Good morning, Nusanet Home Internet, you're speaking with Wayan. How can I help you today?
C: Hi Wayan. I'm Sophie Laurent. My internet is down again, for the third time this month, and honestly I want to talk to a supervisor. I'm done explaining this to agents.
A: I'm really sorry, Ms Laurent. Three outages in a month is genuinely frustrating, and I understand why you'd want a supervisor. I can ask for one if you still want to after this, but right now I can do what a supervisor would do: check your line, open the repair and request your outage credit. Would you give me a few minutes to try?
C: Fine. A few minutes.
A: Thank you. Could I have your account number, and then your full name and date of birth as they're registered?
C: 4418 2260 93. Sophie Marie Laurent, eighth of October 1990.
A: Thank you, Ms Laurent, that matches. When did it go down this time, and does the modem look the same as before?
C: Since about nine this morning. The fibre light is red, same as last time.
A: Thanks. Would you mind a short hold of about thirty seconds while I check whether it's your line or the whole area?
C: Go ahead.
HOLD 30
A: Thanks for waiting. There's no area outage, so it's a fault on your line. I've opened repair ticket TK-2503-8841. A single-line fault is repaired within two times twenty-four hours, so by noon on Friday at the latest, and the technician will call thirty minutes before arriving. I can also see outages on the 3rd and the 14th, so this is your third in thirty days. That entitles you to a one-day credit for each day down, and I'm submitting that request to our billing team now; they apply it to your next bill.
C: Alright. That's more than I got last time. So no supervisor needed, I guess.
A: I'm glad that helps. To recap: repair ticket TK-2503-8841, fixed by noon Friday at the latest with a call thirty minutes before the technician arrives, and the outage credit requested for your next bill. If the technician doesn't show, call us with that ticket number and we'll escalate it straight away. Is there anything else I can help you with?
C: No, that's it. Thanks, Wayan.
A: Thank you for your patience, Ms Laurent, and thank you for choosing Nusanet Home Internet. Have a good day.
END CALL
ACW: 55s
DISPOSITION: ticket-created
NOTES: 3rd outage in 30 days (3/3, 14/3, today since 09:00, fibre light red). Verified (acct + name + DOB). Asked for supervisor; agreed to let me try first, then withdrew the request. No area outage -> ticket TK-2503-8841, repair within 2x24h (by Fri 27/3 12:20), tech calls 30 min ahead. One-day-per-day-down credit requested to billing for next bill.
LABELS
TESTS: supervisor demand in the first breath, de-escalated (acknowledge, empathise, say what I can do now, ask for the chance) and resolved; outage credit requested per policy (not promised); "good morning" at 12:20 is a miss
greeting: missed "Good morning, Nusanet Home Internet"
transfer_escalation: met
blind_transfer_on_supervisor_request: met
NOTE: A supervisor demand that the customer withdraws after a successful de-escalation makes transfer_escalation applicable and met.
=== d2-32-shop-wrong-house-warm-transfer
account: shop
channel: call
locale: id
direction: inbound
started: 2026-03-31T14:50:00+07:00
---
A: Selamat siang, Pasarku, dengan Yusuf. Ada yang bisa saya bantu?
C: Siang. Saya sudah tiga hari nunggu kejelasan paket saya. Statusnya terkirim, tapi nggak pernah sampai. Saya mau bicara sama supervisor Anda.
A: Mohon maaf atas ketidaknyamanannya, Pak, menunggu tiga hari tanpa kejelasan pasti menjengkelkan. Saya paham Bapak ingin bicara dengan supervisor. Izinkan saya cek dulu sekarang, karena klaim kurir bisa langsung saya ajukan dari sini. Boleh saya minta nomor pesanan dan nomor HP yang terdaftar?
C: PSK-40981126. HP-nya 0857 2210 4438. Nama saya Rahmat Hidayat.
A: Terima kasih, Pak Rahmat, datanya sesuai. Mohon izin saya cek foto pengiriman dan titik GPS-nya, kira-kira satu menit. Bapak berkenan menunggu?
C: Ya.
HOLD 55
A: Terima kasih sudah menunggu, Pak. Datanya masih dimuat, boleh saya minta waktu sekitar tiga puluh detik lagi?
C: Cepat, ya.
HOLD 30
A: Terima kasih atas kesabarannya, Pak Rahmat. Di foto, paket diletakkan di teras rumah bercat kuning, dan titik GPS-nya sekitar 400 meter dari alamat Bapak. Apakah di alamat Bapak ada tetangga atau pos satpam yang mungkin menerima?
C: Nggak ada. Rumah saya abu-abu. Itu jelas salah kirim.
A: Betul, Pak. Saya sudah ajukan klaim kurir dengan nomor KLM-3103-7702. Investigasi PasarKirim tiga hari kerja, dan klaim dengan foto rumah yang berbeda biasanya diputuskan untuk kepentingan pembeli.
C: Tiga hari lagi? Saya sudah nunggu tiga hari! Saya tetap mau bicara dengan supervisor.
A: Baik, Pak Rahmat, saya hubungkan dengan supervisor saya, Ibu Sekar. Mohon tetap di saluran, saya jelaskan kasus Bapak kepada beliau lebih dulu supaya Bapak tidak perlu mengulang, kira-kira satu menit.
TRANSFER WARM: Bu Sekar, saya Yusuf. Ada Bapak Rahmat Hidayat, sudah terverifikasi dengan nomor pesanan PSK-40981126 dan nomor HP terdaftar. Paket berstatus terkirim tiga hari lalu, tapi foto menunjukkan rumah lain dan GPS sekitar 400 meter dari alamat. Saya sudah ajukan klaim kurir KLM-3103-7702 dan menyampaikan investigasi tiga hari kerja; tidak ada janji refund atau kirim ulang. Beliau kecewa karena sudah menunggu tiga hari dan dua kali minta bicara dengan supervisor.
A: Pak Rahmat, terima kasih sudah menunggu. Saya sudah bersama Ibu Sekar, supervisor kami. Beliau sudah tahu bahwa paket Bapak dikirim ke rumah lain dan klaim KLM-3103-7702 sudah diajukan, dengan investigasi tiga hari kerja. Silakan, Bu Sekar.
END CALL
ACW: 75s
DISPOSITION: transferred
NOTES: Paket PSK-40981126 status terkirim, foto rumah lain (cat kuning, GPS 400 m). Pembeli Rahmat Hidayat terverifikasi (no pesanan + HP). Klaim kurir KLM-3103-7702, investigasi 3 hari kerja; tanpa janji refund/kirim ulang. Minta supervisor 2x: dicoba tangani dulu, lalu warm transfer ke SPV Sekar dengan briefing lengkap.
LABELS
TESTS: two holds (55 s, check-back, 30 s; 85 s total) done right; first supervisor demand answered by trying, second gets a warm transfer with full briefing (name, verified, issue, tried, promised); introduction recap counts as summary; ACW 75 s
anything_else: na
thanks_brand: na
transfer_escalation: met
blind_transfer_on_supervisor_request: met
within_limit: missed "ACW: 75s"
=== d2-33-bank-fee-chat-supervisor-callback
account: bank
channel: chat
locale: en
direction: inbound
started: 2026-03-30T13:05:00+07:00
---
C: I was charged Rp 15.000 for a replacement card last week even though my card was blocked because of FRAUD. Your branch said it would be free. I want a supervisor to sort this out. - Aisha Rahman
+40 A: Hi Aisha, thank you for contacting Bank Arunika, I'm Budi. I'm sorry about the charge, I can see why that's annoying after already dealing with fraud. I'd like to check it for you first. Could you send your account number, date of birth and mother's maiden name?
+45 C: 0190 4458 7713, 02/02/1992, Karim
+35 A: Thanks Aisha, that all matches. Your card was blocked on 20 March under fraud report FR-2003-0112, and the Rp 15.000 replacement fee was debited on 23 March at the Sudirman branch. You're right: the fee is waived when a card is replaced because of fraud, so it shouldn't have been charged.
+30 C: So refund it.
+50 A: I can't reverse a fee from chat myself, but here's what I can do: I'll take it to a supervisor, who has the authority to reverse it. Would you like a supervisor to call you, or shall I send you the outcome here?
+25 C: I asked for a supervisor already. Have one call me.
+45 A: Of course. I've booked a supervisor callback for today between 14:00 and 15:00 WIB on your registered number, reference ESC-3003-0457. The supervisor will have all the details, so you won't need to repeat anything.
ESCALATE: Supervisor callback today 14:00-15:00 WIB, ref ESC-3003-0457. Verified customer Aisha Rahman; Rp 15.000 replacement fee debited 23/3 although card replaced after fraud block (FR-2003-0112); fee reversal needs supervisor authority; customer asked for a supervisor twice.
+20 C: ok thanks
+30 A: To recap: the Rp 15.000 replacement fee was charged on 23 March although your card was replaced because of fraud; a supervisor will call you today between 14:00 and 15:00 WIB about reversing it, reference ESC-3003-0457. Is there anything else I can help with?
+15 C: no
+20 A: Thank you for contacting Bank Arunika, Aisha. Have a good afternoon.
ACW: 50s
DISPOSITION: escalated
NOTES: Fee Rp 15.000 debited 23/3 for replacement card after fraud block FR-2003-0112 (should be waived). Verified (acct + DOB + MMN, name given). Customer asked for supervisor twice; fee reversal beyond my authority -> supervisor callback today 14:00-15:00 WIB, ref ESC-3003-0457. No reversal promised.
LABELS
TESTS: chat supervisor demand: agent checks first, admits the fee was wrong, polite "I can't... but here's what I can do", then books a supervisor callback inside 2 h with window and reference; no reversal promised
transfer_escalation: met
blind_transfer_on_supervisor_request: met
NOTE: Confirming that the policy waives the fee is correct information, not a promise that the supervisor will reverse it.
=== d2-34-telco-upgrade-chatty-chat
account: telco
channel: chat
locale: id
direction: inbound
started: 2026-03-26T20:10:00+07:00
---
C: Selamat malam kak, saya mau tanya paket internet. Anak saya 3 sekolah online semua, sering putus2 zoomnya. Saya Ibu Ningsih
+30 A: Selamat malam Ibu Ningsih, terima kasih sudah menghubungi Nusanet Home Internet, sy Arum. Mohon maaf ya Bu atas kendala zoom-nya, sy bantu carikan paket yg pas. Boleh sy minta no pelanggan, nama lengkap pemilik akun dan tgl lahirnya utk verifikasi?
+50 C: 8830 1175 42, Ningsih Purwaningsih, 3 April 1983. Kak tau nggak, kemarin anak saya yg kecil nangis gara2 zoomnya keluar pas ujian, gurunya sampe telpon saya hehe
+35 A: Aduh, kasihan sekali adiknya Bu, pasti sedih ya 🙏 Data Ibu sudah sesuai. Sekarang Ibu pakai Fiber 30. Jadi zoom sering putus kalau 3 anak sekolah bersamaan ya. Selain sekolah online, internetnya dipakai utk apa saja Bu? Ada yg kerja dari rumah atau streaming?
+40 C: Suami saya kadang WFH, terus malam nonton film. Saya jualan online juga kak, kue kering, lagi rame pesanan arisan nih 😄
+125 A: Wah, semoga laris ya Bu kuenya! Nah, dgn 3 anak zoom bersamaan, suami WFH dan streaming, sy sarankan Fiber 100, harganya Rp 589.000 per bulan. Fiber 50 Rp 429.000 juga bisa, tapi kalau semua dipakai bersamaan bisa masih tersendat. Ibu mau pilih yg mana?
+45 C: Kalau yg 100 ada promo nggak kak? Katanya ada harga 469rb
+40 A: Harga Rp 469.000 itu harga sambutan khusus utk pelanggan baru di 6 tagihan pertama, Bu, jadi utk ganti paket berlaku harga standar Rp 589.000. Mohon maaf harga promonya belum bisa sy berikan ya Bu.
+35 C: Yaudah deh gpp, ambil yg 100 aja kak
+30 A: Baik Bu, sy konfirmasi ya: Ibu setuju pindah dari Fiber 30 ke Fiber 100 dgn harga Rp 589.000 per bulan mulai tagihan berikutnya?
+20 C: Iya setuju
+40 A: Sudah sy proses Bu, no perubahan PC-2603-5518. Kecepatan baru aktif paling lambat 2 jam dari sekarang tanpa kunjungan teknisi, dan harga baru berlaku mulai tagihan berikutnya. Kalau setelah 2 jam belum naik, Ibu cukup restart modem ya.
+25 C: Makasih kak 🙏
+30 A: Sama-sama Bu. Ringkasnya: paket Ibu naik ke Fiber 100 (Rp 589.000/bln mulai tagihan berikutnya), aktif maks 2 jam lagi, no perubahan PC-2603-5518. Ada lagi yg bisa sy bantu?
+20 C: Udah kak itu aja. Sukses ya
+15 A: Terima kasih Ibu Ningsih sudah menghubungi Nusanet Home Internet. Semoga lancar sekolah online anak2 dan jualannya ya Bu. Selamat malam 🙏
ACW: 45s
DISPOSITION: resolved-first-contact
NOTES: Upgrade Fiber 30 -> Fiber 100 (Rp 589.000/bln harga standar; promo 469rb hanya pelanggan baru). Terverifikasi (no pelanggan + nama + tgl lahir). Kebutuhan: 3 anak sekolah online, suami WFH, streaming, jualan online. Persetujuan jelas. Ref PC-2603-5518, aktif maks 2 jam, harga baru mulai tagihan berikutnya.
LABELS
TESTS: chatty customer brought back to the decision; usage probed before recommending; welcome price correctly refused; clear yes before the change; standard "aktif maks 2 jam" is a time frame, not a promise; one 125 s gap in chat costs the whole hold/silence section - still passes (90.0)
no_dead_air: missed "Wah, semoga laris ya Bu kuenya!"
NOTE: Chat abbreviations (sy, utk, dgn, yg) and emoji are fine; no_slang is voice-only and N/A here.
=== d2-35-shop-wrong-backpack-email
account: shop
channel: email
locale: en
direction: inbound
started: 2026-03-09T22:40:00+07:00
---
C: Subject: Wrong item - order PSK-22871450. Hello, I ordered the Everest 40L hiking backpack in green and received a 25L daypack in grey. I'm leaving for a trek on the 20th, so I need the right one quickly. Can you send the correct backpack right away and I'll return this one later? Thanks, Liam O'Connor
@610:00 A: Dear Mr O'Connor, Thank you for your email, and I'm sorry you received the wrong backpack. My name is Ayu from Pasarku customer care. I've matched order PSK-22871450 to the registered email address you wrote from. The seller sent a grey 25L daypack instead of the green Everest 40L you ordered, so this is a wrong item and the return is free of charge. I'm not able to have the seller ship the replacement before the return is scanned, but here's what I can do: I've booked a free pickup for tomorrow, Wednesday 11 March, between 09:00 and 17:00, return reference RTR-1003-6605, and I've noted your trek date on the case for the seller. Once the courier scans the daypack, the seller ships the green 40L within 2-4 days. If you would rather have a refund than a replacement, just reply and I will switch it. It would also speed up the seller's check if you reply with a photo of the item and its label. To summarise: pickup Wednesday 11 March, 09:00-17:00, under RTR-1003-6605, and the replacement ships 2-4 days after the scan. Thank you for shopping with Pasarku. Kind regards, Ayu Lestari, Pasarku Customer Care
ACW: 45s
DISPOSITION: ticket-created
NOTES: Wrong item PSK-22871450: got grey 25L daypack instead of green Everest 40L. Verified (registered email + order no). Customer asked for replacement before return - not possible, explained. Free pickup Wed 11/3 09-17, RTR-1003-6605; replacement ships 2-4 days after return scan; trek date 20/3 noted for seller. Refund option offered. Photo requested.
LABELS
TESTS: email from the registered address with order id; polite "I'm not able to... but here's what I can do" instead of a bare refusal; standard pickup and 2-4 day frames; misses: no word on the stress of the trek deadline, no "anything else" - passes (94.0)
name_feeling: missed "Dear Mr O'Connor, Thank you for your email"
anything_else: missed "Dear Mr O'Connor, Thank you for your email"
NOTE: Disposition rule used throughout: ticket-created when something stays open with another team after the contact (claim, dispute, return/replacement, repair, billing request, seller case); resolved-first-contact when the contact itself finished the job.
=== d2-36-bank-collection-sat-0805-wita
account: bank
channel: call
locale: id
direction: outbound
started: 2026-03-07T08:05:00+08:00
---
A: Selamat pagi, saya Andi dari Bank Arunika. Apakah saya berbicara dengan Bapak Sulaiman Rauf?
C: Iya, saya sendiri. Ada apa, ya?
A: Terima kasih, Pak Sulaiman. Panggilan ini direkam. Saya menghubungi Bapak terkait tagihan kartu kredit Bank Arunika. Apakah Bapak ada waktu sekitar lima menit sekarang?
C: Iya, bisa.
A: Terima kasih. Sebelum saya sampaikan detailnya, mohon Bapak konfirmasi tanggal lahir dan empat digit terakhir kartu kredit Bapak.
C: Tujuh belas Juli delapan puluh lima. Empat digitnya 3391.
A: Terima kasih, Pak, datanya sesuai. Tagihan kartu kredit Bapak sebesar Rp 4.250.000 jatuh tempo tanggal 5 Maret dan saat ini belum terbayar. Boleh saya tahu kendalanya, Pak?
C: Iya, Mas, saya baru kena PHK bulan lalu. Pesangon baru cair Jumat depan. Saya juga pusing sebenarnya.
+17 A: Saya turut prihatin, Pak, pasti berat sekali kondisinya sekarang. Terima kasih sudah terbuka. Jadi pesangon Bapak cair Jumat depan, tanggal 13 Maret. Apakah Bapak bisa melakukan pembayaran di tanggal itu?
C: Bisa, Mas. Saya bayar penuh tanggal tiga belas.
A: Baik, Pak. Saya catat janji bayar Rp 4.250.000 pada Jumat, 13 Maret, dengan nomor catatan PTP-0703-2284. Pembayaran bisa lewat aplikasi Arunika di menu Kartu Kredit; Bapak cukup masukkan PIN sendiri di aplikasi, dan jangan berikan PIN atau kode OTP kepada siapa pun, termasuk petugas bank. Bila nanti ada kendala, Bapak bisa menghubungi 1500-886 untuk dibantu lebih lanjut.
C: Baik, Mas.
A: Saya ulangi, Pak: tagihan Rp 4.250.000, janji bayar penuh Jumat, 13 Maret, lewat aplikasi, nomor catatan PTP-0703-2284. Ada lagi yang bisa saya bantu?
C: Sudah, Mas. Terima kasih.
A: Terima kasih atas waktunya, Pak Sulaiman, semoga urusannya lancar. Salam dari Bank Arunika, selamat pagi.
END CALL
ACW: 70s
DISPOSITION: promise-to-pay
NOTES: Collection kartu kredit. Right party + tgl lahir + 4 digit terakhir kartu. Tagihan Rp 4.250.000 jatuh tempo 5/3 belum dibayar. Kendala: PHK, pesangon cair Jumat 13/3. Janji bayar penuh 13/3 via aplikasi, ref PTP-0703-2284. Diedukasi: PIN dimasukkan sendiri, jangan beri PIN/OTP ke siapa pun.
LABELS
TESTS: bank collection call Saturday 08:05 WITA (+08, just inside); right party + DOB + last four digits before the amount; apology N/A on collection; "masukkan PIN sendiri di aplikasi" is not request_secret; 17 s silence after the customer's news and ACW 70 s - borderline pass (86.7)
apology: na
no_dead_air: missed "Saya turut prihatin, Pak, pasti berat sekali"
within_limit: missed "ACW: 70s"
NOTE: Last four digits of a card are a verification data point, not a secret (QA.md secrets: PIN, OTP, CVV, password).
