=== d2-01-telco-area-outage-model
account: telco
channel: call
locale: id
direction: inbound
started: 2026-03-03T08:40:00+07:00
---
A: Selamat pagi, terima kasih sudah menghubungi Nusanet Home Internet, dengan saya Rina. Ada yang bisa saya bantu?
C: Pagi Mbak. Internet saya mati dari semalam, lampu LOS di modem merah kedip-kedip. Saya kerja dari rumah, jam sepuluh ada meeting.
A: Mohon maaf atas ketidaknyamanannya, Pak. Saya paham Bapak pasti khawatir karena jam sepuluh ada meeting. Saya bantu cek ya. Mohon disebutkan nomor pelanggan atau nomor telepon yang terdaftar.
C: Nomor pelanggannya 7710 2281 45.
A: Terima kasih. Untuk verifikasi, boleh disebutkan nama lengkap dan tanggal lahir pemilik akun?
C: Hendra Wijaya, dua belas Mei delapan puluh tujuh.
A: Terima kasih, Pak Hendra, datanya sudah sesuai. Jadi internet Bapak mati sejak semalam dan lampu LOS merah berkedip, betul? Apakah semua perangkat tidak bisa tersambung, atau hanya Wi-Fi saja?
C: Semua, Mbak. Pakai kabel LAN ke laptop juga nggak bisa.
A: Baik. Mohon izin saya cek status jaringan di area Bapak, kira-kira satu menit. Bapak berkenan menunggu sebentar?
C: Iya, silakan.
HOLD 40
A: Terima kasih sudah menunggu, Pak Hendra. Dari sistem, ada gangguan kabel fiber di area Cempaka Putih sejak pukul 23.10 semalam, perkiraan perbaikan selesai hari ini pukul 13.00.
C: Jam satu siang? Saya ada meeting jam sepuluh, terus gimana?
A: Saya mengerti itu merepotkan, Pak. Untuk meeting jam sepuluh, sementara Bapak bisa memakai hotspot dari ponsel. Karena ini gangguan area, saya tidak membuat tiket baru, nomor pelanggan Bapak sudah saya catat sebagai terdampak di laporan gangguan GA-0303-118.
C: Terus kompensasinya gimana? Bulan ini sudah dua kali mati lho.
A: Saya cek riwayatnya, Pak. Betul, ini gangguan kedua dalam tiga puluh hari. Sesuai kebijakan, kalau dalam tiga puluh hari terjadi tiga kali gangguan atau lebih, Bapak berhak kredit satu hari per hari gangguan di tagihan berikutnya, dan saya yang akan mengajukannya ke tim billing. Saat ini belum memenuhi, jadi riwayatnya saya catat dulu.
C: Ya sudah. Kalau jam satu belum nyala gimana?
A: Kalau lewat jam satu belum normal, Bapak cukup hubungi kami lagi dan sebutkan nomor GA-0303-118, nanti langsung kami teruskan ke tim lapangan. Saya rangkum ya, Pak: gangguan area di Cempaka Putih, perkiraan normal hari ini pukul 13.00, nomor laporan GA-0303-118, dan riwayat gangguan Bapak sudah tercatat. Ada lagi yang bisa saya bantu?
C: Nggak, itu saja.
A: Terima kasih, Pak Hendra, sudah menghubungi Nusanet Home Internet. Semoga meetingnya lancar, selamat pagi.
END CALL
ACW: 48s
DISPOSITION: resolved-first-contact
NOTES: Internet mati sejak semalam (LOS merah). Terverifikasi: no. pelanggan + nama + tgl lahir. Gangguan area Cempaka Putih (kabel fiber) sejak 23.10, ETA normal hari ini 13.00. Tidak buat tiket duplikat; pelanggan dicatat terdampak di laporan GA-0303-118. Gangguan ke-2 dalam 30 hari, belum memenuhi kredit (syarat 3x). Saran hotspot sementara. Bila lewat 13.00 belum normal: hubungi lagi dengan ref GA-0303-118.
LABELS
TESTS: model inbound call - area outage, 2-point verification, hold with permission and thanks, conditional compensation policy (not a promise)
NOTE: Area outage with ETA given and no ticket (KB: no duplicate ticket) is disposed resolved-first-contact: the caller's need on this contact (what is wrong, by when) was met.
=== d2-02-bank-otp-offered-stopped
account: bank
channel: call
locale: en
direction: inbound
started: 2026-03-05T19:20:00+07:00
---
A: Good evening, you're through to Bank Arunika phone banking, my name's Dimas. How can I help you tonight?
C: Hi Dimas. I've just had a call from someone saying they're from your fraud team. They said my card's about to be blocked and they sent me a code. I've got it here, it's four four —
-1 A: Sorry to cut in, sir, please don't read that code out, not to me and not to anyone. The bank will never ask for it. Has anyone else already been given that code?
C: No, I hung up on them because it sounded dodgy, and then I rang you.
A: That was exactly the right thing to do, and I'm sorry you had to deal with that, it's unsettling. Let me check your card for anything unusual. Could I have your card or account number, please?
C: Account number is 0081 4472 9910.
A: Thank you. And your full name and date of birth?
C: Graham Pike, third of November 1979.
A: Thanks, Mr Pike. And lastly your mother's maiden name?
C: Atherton.
A: Thank you, that all matches. I need to look through your recent transactions and logins, which takes about a minute. Would you mind if I put you on a short hold while I do that?
C: Sure, go ahead.
HOLD 50
A: Thank you for holding, Mr Pike. There are no transactions or logins in the last twenty-four hours apart from a payment at Ranch Market at 5:42 this afternoon. Was that you?
C: Yes, that's me, groceries.
A: Then your card is safe. Since nobody received the code, there's no need to block it. I've logged the caller as a scam attempt under reference SC-0305-4471 so our fraud team can flag the number. Can you tell me which number they rang from?
C: It was 021 5550 1987.
A: Thank you, I've added that to the report. Just so you know, our only phone number is 1500-886, and we will never ask for your PIN, OTP, CVV or password. Please don't share your PIN with anyone, even someone who says they're from the bank.
C: Understood. Thanks.
A: So to recap: a scam caller sent you a code, you didn't share it, your account shows no unusual activity, and I've reported the number under SC-0305-4471. If you see anything odd, call 1500-886 and quote that reference. Is there anything else I can help with tonight?
C: No, that's all, cheers.
A: Thanks for calling Bank Arunika, Mr Pike, and well done for hanging up on them. Have a good evening.
END CALL
ACW: 74s
DISPOSITION: resolved-first-contact
NOTES: Customer got a call from fake "fraud team" + OTP SMS; did not share the code (stopped him reading it to me). Verified: acct no, name, DOB, mother's maiden name. No unusual txns/logins in 24h (only Ranch Market 17:42, confirmed his). Card not blocked (no code/card data given). Scam number 021 5550 1987 reported, ref SC-0305-4471. Advised official number 1500-886, never share PIN/OTP.
LABELS
TESTS: customer starts reading an OTP and the agent cuts in to stop him (protective, not an interrupt, not request_secret); "don't share your PIN" advice; ACW 74 s over the card's 60 s although the bank SOP allows 90
within_limit: missed "ACW: 74s"
NOTE: ACW limit taken from the qa-general card (60 s) even where the account SOP (bank: 90 s) is looser; QA.md states the card's limit, not the account's.
=== d2-03-bank-otp-pretext-cancel
account: bank
channel: call
locale: id
direction: inbound
started: 2026-03-10T14:12:00+07:00
---
A: Selamat siang, Bank Arunika, dengan Yoga. Ada yang bisa saya bantu, Bu?
C: Siang, Mas. Saya dapat SMS ada transaksi dua juta tiga ratus di toko online, padahal saya nggak belanja apa-apa.
A: Baik, Bu, mohon maaf atas kejadian ini, pasti membuat Ibu kaget. Saya bantu cek. Boleh disebutkan nomor rekening atau nomor kartunya?
C: Nomor rekening 0192 8834 5501.
A: Terima kasih. Mohon disebutkan nama lengkap, tanggal lahir, dan nama ibu kandung.
C: Sri Wahyuni, tujuh Agustus tujuh puluh enam, ibu kandung Suminah.
A: Terima kasih, Ibu Sri, datanya sudah sesuai. Saya lihat ada transaksi Rp 2.300.000 di merchant online Lumina Store pukul 13.48 tadi. Kartu debitnya masih Ibu pegang?
C: Masih, ini di dompet. Saya nggak pernah belanja di situ.
A: Baik. Apakah beberapa hari ini ada yang pernah meminta kode atau data kartu Ibu?
C: Nggak ada, Mas.
A: Baik, Bu. Untuk membatalkan transaksinya, sistem akan mengirim kode OTP ke HP Ibu. Nanti mohon kodenya dibacakan ke saya, supaya pembatalannya bisa saya proses.
C: Lho, bukannya OTP nggak boleh dikasih ke siapa-siapa?
A: Tidak apa-apa, Bu, ini aman karena Ibu yang menelepon ke nomor resmi kami.
C: Saya nggak mau ah, Mas. Saya nggak enak kasih kode.
A: Baik, Bu, tidak masalah. Kalau begitu kartunya saya blokir sekarang supaya tidak ada transaksi lagi. Boleh saya lanjutkan?
C: Iya, blokir saja.
A: Kartu sudah saya blokir, nomor referensi blokir BL-1003-2209. Saya juga ajukan laporan fraud dengan nomor FR-1003-0457. Investigasinya paling lama dua puluh hari kerja, hasilnya dikirim lewat email dan SMS. Pengembalian dana tergantung hasil investigasi tersebut.
C: Terus kartu barunya gimana?
A: Kartu pengganti bisa diambil di cabang mana saja di hari yang sama, dan biayanya digratiskan karena diblokir akibat fraud. Saya rangkum, Bu: kartu sudah diblokir dengan referensi BL-1003-2209, laporan fraud FR-1003-0457 diproses paling lama dua puluh hari kerja. Ada lagi yang bisa saya bantu?
C: Sudah, itu saja.
A: Terima kasih, Ibu Sri, telah menghubungi Bank Arunika. Selamat siang.
END CALL
ACW: 52s
DISPOSITION: ticket-created
NOTES: Nasabah laporkan transaksi Rp 2.300.000 di Lumina Store 13.48 yang tidak dilakukan; kartu masih dipegang, tidak ada yang minta kode. Verifikasi: no. rek + nama + tgl lahir + ibu kandung. Kartu diblokir (BL-1003-2209), laporan fraud FR-1003-0457, investigasi maks 20 hari kerja, hasil via email/SMS, refund tergantung investigasi. Kartu pengganti di cabang, biaya digratiskan (fraud).
LABELS
TESTS: verification done right, then the agent asks for an OTP with a pretext ("to cancel the transaction") and calls it safe; rest of the call is by the book (fatal with a high total); fee waiver is policy, not a gift
before_disclosure: missed "mohon kodenya dibacakan ke saya"
correct_info: missed "ini aman karena Ibu yang menelepon"
request_secret: missed "mohon kodenya dibacakan ke saya"
NOTE: The fee waiver for a fraud-blocked replacement card is the bank's stated policy, so saying it is free is correct information, not an unauthorised gift.
=== d2-04-shop-card-refund-chat
account: shop
channel: chat
locale: en
direction: inbound
started: 2026-03-12T21:35:00+08:00
---
C: Hi, I sent back a pair of sneakers two weeks ago and still no refund on my card. Order PSK-88213407. I'm Jess btw
+58 A: Hi Jess, thanks for contacting Pasarku, I'm Nadia. Sorry the refund is taking a while, I'll check it for you now. Could you confirm the email address registered on your account?
+25 C: jessica.m.hale@mailbox.com
+35 A: Thanks Jess, that matches order PSK-88213407. The refund of Rp 1.249.000 to your Visa card was processed by Pasarku on 2 March, so today is working day 8.
+30 C: So where is it?? I've been waiting forever, this is really annoying.
+48 A: I get it, waiting on money you're owed is frustrating. Card refunds take 7–14 working days to show up after processing, depending on your card issuer, so yours is still inside that window. Here's the bank reference (ARN) for it: 74420966120340018823312. Your bank can trace the refund with that number.
+40 C: Can't you just speed it up?
+45 A: I'm not able to speed up your card issuer's side, but here's what I can do: if it hasn't arrived after 14 working days, message us with the ARN and we'll open a case with our payments team straight away. They reply within 2 working days.
+30 C: ok. will it definitely be there by then?
+40 A: The timing is your bank's, so I can't guarantee a date, but most card refunds land inside that window, and with the ARN your bank can find it quickly if it doesn't.
+20 C: Alright. thanks
+35 A: To sum up: your refund of Rp 1.249.000 was processed on 2 March to your Visa, ARN 74420966120340018823312, and should arrive within 7–14 working days of that. If it isn't there after 14 working days, message us with the ARN and we'll open a payments case (reply within 2 working days). Is there anything else I can help with?
+25 C: no that's it
+15 A: Thanks for chatting with Pasarku, Jess. Have a good night!
ACW: 40s
DISPOSITION: resolved-first-contact
NOTES: Buyer asked about card refund for returned sneakers, order PSK-88213407. Verified: order no + registered email. Refund Rp 1.249.000 processed by Pasarku 2 Mar to Visa, now working day 8 of 7-14. Gave ARN 74420966120340018823312. If not received after 14 working days: contact us with ARN -> payments case (reply 2 working days). No date promised.
LABELS
TESTS: chat refund delay - first reply at 58 s (just inside 60 s), standard 7-14 working-day frame and "can't guarantee" (not a promise), polite "I can't, but here's what I can do"
=== d2-05-shop-sarcasm-dnr-chat
account: shop
channel: chat
locale: id
direction: inbound
started: 2026-03-07T13:20:00+07:00
---
C: Min, paket saya statusnya udah diterima tp saya gak nerima apa2. PSK-77120944. Saya Wulan
+40 A: Selamat siang Kak Wulan, terima kasih sudah menghubungi Pasarku, sy Fajar. Sy bantu cek ya. Mhn konfirmasi no HP yg terdaftar di akun Kakak?
+20 C: 0812 3345 9080
+45 A: Terima kasih Kak, data sesuai. Mohon maaf ya Kak, tapi paketnya kan tercatat sudah diterima kemarin jam 16.12.
+30 C: Ya makanya saya komplain!! Saya seharian di rumah gak ada kurir dateng. Kurir kalian gak becus
+50 A: Baik Kak, terima kasih sudah mengajari saya cara kerja kurir ya 🙏 Sangat membantu sekali.
+25 C: Maksudnya apa ya??
+40 A: Sy cek foto pengirimannya dulu. Di foto, paket diletakkan di pagar rumah warna hijau, titik GPS-nya sekitar 350 m dari alamat Kakak.
+20 C: Rumah saya pagarnya hitam. Itu bukan rumah saya
+45 A: Baik Kak, sy ajukan klaim kurir sekarang, no klaim KLM-0703-5521. Investigasi PasarKirim 3 hari kerja. Kakak tidak perlu menghubungi penjual.
+30 C: Terus uang saya gimana
+35 A: Ditunggu saja ya Kak.
+40 C: Oke deh. Makasih
+20 A: Sama-sama Kak.
ACW: 35s
DISPOSITION: ticket-created
NOTES: Paket PSK-77120944 status diterima tapi pembeli tidak menerima. Terverifikasi (no order + HP). Foto kirim di rumah lain (pagar hijau, GPS 350 m). Klaim kurir KLM-0703-5521, investigasi PasarKirim 3 hari kerja.
LABELS
TESTS: polite-looking sarcasm ("terima kasih sudah mengajari saya...") = rude; "mohon maaf, tapi..."; dismissive one-liner to the money question; no closing
acknowledge: missed "tapi paketnya kan tercatat sudah diterima"
probing: missed "Ditunggu saja ya Kak."
name_feeling: missed "terima kasih sudah mengajari saya"
no_triggers: missed "tapi paketnya kan tercatat sudah diterima"
summary: missed "Sama-sama Kak."
anything_else: missed "Sama-sama Kak."
thanks_brand: missed "Sama-sama Kak."
rude: missed "terima kasih sudah mengajari saya"
NOTE: "Mohon maaf ya Kak, tapi..." counts as the apology; the "tapi" right after it is the listed trigger and costs no_triggers (same reading in d2-16 and d2-21).
NOTE: probing: the complaint's second issue (what happens to my money) got a one-liner, so not every issue of the stated complaint was addressed.
=== d2-06-telco-wife-bill-disclosed
account: telco
channel: call
locale: id
direction: inbound
started: 2026-03-09T16:30:00+07:00
---
A: Selamat sore, Nusanet Home Internet, dengan Sinta. Ada yang bisa saya bantu?
C: Sore, Mbak. Saya mau tanya, tagihan internet rumah kok naik jadi enam ratus ribuan. Biasanya cuma lima ratusan.
A: Baik, Bu, mohon maaf atas ketidaknyamanannya. Boleh saya tahu nomor pelanggannya?
C: 5520 1187 33. Atas nama suami saya, Bambang Sutrisno. Saya istrinya.
A: Baik, Ibu. Dengan Ibu siapa saya berbicara?
C: Ibu Ratna.
A: Terima kasih, Ibu Ratna. Saya cek ya. Tagihan bulan ini Rp 689.000, Bu. Ada tambahan Sports Pack Rp 150.000 yang dibeli lewat TV box tanggal 14 Februari jam 21.05.
C: Hah? Sports Pack? Pasti anak saya itu, nonton bola.
A: Bisa jadi, Bu. Add-on memang bisa dibeli pakai remote kalau belum dipasang PIN pembelian. Mau saya hentikan sekarang?
C: Iya, Mbak, hentikan saja. Terus uangnya bisa balik?
A: Sudah saya hentikan, Bu, tagihan berikutnya tidak ada Sports Pack lagi. Untuk pengembalian bulan pertama, saya ajukan ke tim billing, konfirmasinya lewat email dalam tiga hari kerja.
C: Oh, begitu. Makasih, Mbak.
A: Sama-sama, Bu. Ke depannya Ibu bisa pasang PIN pembelian di menu pengaturan TV box supaya tidak ada pembelian tanpa sepengetahuan Ibu. Jadi Sports Pack sudah dihentikan dan permohonan pengembalian sudah diajukan dengan nomor referensi BA-0903-7781, konfirmasi dalam tiga hari kerja. Ada lagi yang bisa dibantu?
C: Sudah, itu saja.
A: Terima kasih, Ibu Ratna, sudah menghubungi Nusanet Home Internet. Selamat sore.
END CALL
ACW: 45s
DISPOSITION: ticket-created
NOTES: Istri pelanggan (Ibu Ratna) tanya tagihan naik. Tagihan Rp 689.000 karena Sports Pack dibeli 14/2 21.05 via TV box. Sports Pack dihentikan, reversal bulan pertama diajukan ref BA-0903-7781, konfirmasi email dalam 3 hari kerja. Disarankan pasang PIN pembelian.
LABELS
TESTS: spouse gives the account number and the holder's name; agent reads the bill and add-on purchase to her and acts on the account (third-party disclosure); purchase-PIN advice after the fix is fine
verified: missed "Tagihan bulan ini Rp 689.000"
before_disclosure: missed "Tagihan bulan ini Rp 689.000"
name_feeling: missed "Bisa jadi, Bu. Add-on memang"
right_solution: missed "Sudah saya hentikan, Bu"
disclose_before_verify: missed "Tagihan bulan ini Rp 689.000"
NOTE: Acting on the account for a non-holder (stopping the add-on, requesting the reversal) is the wrong solution; the KB allows general help only. The notes still record who called, so notes_complete is met.
