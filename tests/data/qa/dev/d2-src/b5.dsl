=== d2-25-outbound-au-sat-1645-dead-air
account: outbound
channel: call
locale: en
direction: outbound
started: 2026-03-28T16:45:00+11:00
---
A: Good afternoon, it's Bella from Lintas Proteksi. Could I speak with Ms Chloe Brennan, please?
C: Yep, that's me.
A: Thanks, Ms Brennan. You asked for information about our Global Expat Health plan on our website for your move to Bali, so I'm calling as requested. The call is recorded. Is now a good time to talk for five minutes?
C: Yeah, go for it, I've got a few minutes before I head out.
A: Thank you. Can I ask what matters most to you in a health plan while you're in Bali?
C: Mostly hospital stuff. If I come off a scooter I want to be flown somewhere decent. And I'm twenty-nine, if that matters.
+18 A: Sorry about that, the system was a bit slow. At twenty-nine the plan is USD 120 a month with a one million dollar annual limit, covering inpatient and outpatient care in Indonesia and Southeast Asia, and medical evacuation to Singapore is included.
C: Singapore, nice. And if I want cover back home in Australia?
A: Home-country cover is available as an add-on at USD 95 a month.
C: Right. Can you send me something to read?
A: Of course. I'll email the product sheet and the application link now to the address from your web form, reference APP-2803-1156. Cover starts once the application is approved and the first premium is paid, and nothing is charged until you sign.
C: Perfect.
A: Is there anything else I can help with today?
C: Nah, that's all.
A: Thanks for your time, Ms Brennan, and thanks for considering Lintas Proteksi. Enjoy your evening.
END CALL
ACW: 75s
DISPOSITION: sale
NOTES: AU prospect (Sydney, +11), web-form consent, age 29. Priority: hospital + evacuation. Quoted USD 120/mo, AU home cover add-on USD 95. Product sheet + application emailed, ref APP-2803-1156.
LABELS
TESTS: Australia Saturday 16:45 (just inside the 17:00 Saturday limit); good consented call but 18 s dead air while quoting, no recap before "anything else", ACW 75 s - near-miss fail on total (82.4), no fatal
verified: na
before_disclosure: na
empathy_deescalation: na
no_dead_air: missed "Sorry about that, the system was a bit slow."
summary: missed "Is there anything else I can help with today?"
within_limit: missed "ACW: 75s"
NOTE: Age volunteered by the prospect and no record data read back: verified/before_disclosure N/A on this outbound call.
=== d2-26-bank-atm-email-cold-reply
account: bank
channel: email
locale: id
direction: inbound
started: 2026-03-02T21:30:00+07:00
---
C: Perihal: Uang ATM tidak keluar. Yth. Bank Arunika, saya Hasan Basri, nomor rekening 0311 5690 2217. Tanggal 2 Maret sore saya tarik tunai Rp 500.000 di ATM Bank Arunika Stasiun Bogor, uang tidak keluar tapi saldo terpotong. Saya sangat kecewa karena uang itu untuk bayar kontrakan. Mohon segera ditindaklanjuti. Hasan Basri
@720:00 A: Yth. Bapak Hasan Basri, Dengan hormat, saya Melati dari Customer Care Bank Arunika. Email Bapak kami terima dari alamat email yang terdaftar untuk rekening 0311 5690 2217. Penarikan Rp 500.000 pada 2 Maret 2026 pukul 16.22 di ATM Bank Arunika Stasiun Bogor yang uangnya tidak keluar sudah saya ajukan sebagai sanggahan dengan nomor ATM-0303-0718. Untuk ATM Bank Arunika, pengecekan dan pengembalian dana paling lama 5 hari kerja; bila jurnal ATM menunjukkan uang tidak keluar, dana kembali otomatis ke rekening Bapak. Hasilnya kami informasikan melalui email dan SMS. Demikian kami sampaikan: sanggahan ATM-0303-0718, paling lama 5 hari kerja. Terima kasih telah menggunakan layanan Bank Arunika. Hormat kami, Melati Kusuma, Customer Care Bank Arunika
ACW: 80s
DISPOSITION: resolved-first-contact
NOTES: Nasabah (email terdaftar + no. rek) lapor tarik tunai Rp 500.000 2/3 16.22 ATM Arunika Stasiun Bogor, uang tidak keluar. Sanggahan ATM-0303-0718, maks 5 hari kerja, hasil via email/SMS.
LABELS
TESTS: correct and verified email reply (registered address + account number, own-ATM 5 working days) but no apology and nothing for "sangat kecewa... uang kontrakan", no "anything else", dispute filed yet disposed resolved-first-contact, ACW 80 s - near-miss fail on total (82.4)
name_feeling: missed "Yth. Bapak Hasan Basri, Dengan hormat"
apology: missed "Yth. Bapak Hasan Basri, Dengan hormat"
anything_else: missed "Yth. Bapak Hasan Basri, Dengan hormat"
disposition: missed "DISPOSITION: resolved-first-contact"
within_limit: missed "ACW: 80s"
NOTE: Dispute filed and pending = ticket-created, not resolved-first-contact.
=== d2-27-bank-daughter-then-holder-atm
account: bank
channel: call
locale: id
direction: inbound
started: 2026-03-12T09:15:00+07:00
---
A: Selamat pagi, Bank Arunika, dengan Nadia. Ada yang bisa saya bantu?
C: Pagi, Mbak. Saya Fitri, saya telepon untuk ibu saya. Kemarin ibu tarik uang di ATM Bank Sejahtera, uangnya nggak keluar tapi saldonya berkurang tujuh ratus ribu. Nomor rekeningnya 0288 1934 6620.
A: Baik, Mbak Fitri, terima kasih sudah menghubungi kami, dan mohon maaf atas kejadian yang dialami ibunya. Untuk menjaga keamanan data, detail rekening hanya bisa saya sampaikan langsung kepada pemilik rekening. Apakah ibunya ada di dekat Mbak? Kalau ada, beliau bisa langsung bicara dengan saya.
C: Ada, Mbak, sebentar saya berikan teleponnya.
C: Halo, Mbak. Ini saya, Ibu Lies.
A: Selamat pagi, Ibu Lies. Saya Nadia dari Bank Arunika. Untuk memastikan, boleh Ibu sebutkan nama lengkap, tanggal lahir, dan nama ibu kandung Ibu?
C: Lies Handayani, dua puluh Juni empat puluh delapan. Ibu kandung saya Sumarni.
A: Terima kasih, Ibu Lies, datanya sesuai. Jadi kemarin Ibu mengambil uang tujuh ratus ribu di ATM Bank Sejahtera, uangnya tidak keluar tapi saldo Ibu berkurang, betul, Bu?
C: Betul, Mbak. Apa perlu saya sebutkan PIN saya? PIN saya enam —
-1 A: Jangan, Bu, mohon PIN-nya jangan disebutkan. PIN itu rahasia, termasuk kepada petugas bank seperti saya. Ibu cukup memasukkannya sendiri di mesin ATM atau di aplikasi.
C: Oh, begitu. Maaf, Mbak.
A: Tidak apa-apa, Bu. Mohon izin, saya cek transaksinya dulu, kira-kira satu menit. Ibu berkenan menunggu?
C: Iya, Mbak.
HOLD 45
A: Terima kasih sudah menunggu, Bu Lies. Transaksinya sudah saya temukan: tarik tunai Rp 700.000 kemarin pukul 15.40 di ATM Bank Sejahtera. Saya sudah ajukan pengecekan, nomornya ATM-1203-0925. Karena ATM-nya milik bank lain, pengecekannya paling lama dua puluh hari kerja. Kalau terbukti uangnya tidak keluar, uangnya akan kembali sendiri ke rekening Ibu.
C: Dua puluh hari, ya, Mbak. Saya pikir bisa hari ini.
A: Saya mengerti Ibu berharap lebih cepat, Bu. Waktunya memang lebih lama karena kami harus menunggu catatan dari bank pemilik ATM. Hasilnya akan dikabarkan lewat SMS ke nomor Ibu. Saya ulangi, Bu: nomor pengecekannya ATM-1203-0925, paling lama dua puluh hari kerja, dan uangnya kembali ke rekening Ibu kalau terbukti tidak keluar. Ada lagi yang bisa saya bantu, Bu?
C: Sudah, Mbak. Terima kasih, ya.
A: Sama-sama, Ibu Lies. Terima kasih telah menghubungi Bank Arunika, semoga sehat selalu. Selamat pagi.
END CALL
ACW: 55s
DISPOSITION: ticket-created
NOTES: Anak (Fitri) menelepon untuk ibunya; tidak ada info rekening ke anak, telepon diserahkan ke pemilik. Pemilik Ibu Lies Handayani terverifikasi (no. rek + nama + tgl lahir + ibu kandung). Tarik tunai Rp 700.000 kemarin 15.40 di ATM Bank Sejahtera (jaringan bersama), uang tidak keluar. Sanggahan ATM-1203-0925, maks 20 hari kerja, hasil via SMS. Nasabah hampir menyebut PIN, dihentikan dan diedukasi.
LABELS
TESTS: daughter calls with the account number and gets nothing account-specific; holder takes the phone and is verified in her own voice; elderly holder starts saying her PIN and is stopped (protective cut-in); "masukkan sendiri di mesin/aplikasi" is not request_secret; plain words - model call
NOTE: A third party who knows the account number is not verified; handing the phone to the holder, who is then verified, is the KB's route and counts as verification done right.
=== d2-28-shop-seller-hold-email-model
account: shop
channel: email
locale: id
direction: inbound
started: 2026-03-04T08:05:00+07:00
---
C: Perihal: Dana pesanan ditahan - Toko Batik Larasati (ID Penjual SLR-11872). Kepada Yth. Tim Layanan Penjual Pasarku, Dengan hormat, saya Larasati Wibowo, pemilik Toko Batik Larasati. Dana pesanan PSK-66203197 senilai Rp 1.875.000 sudah tertahan lima hari. Pembeli mengajukan sengketa dengan alasan barang tidak sesuai, padahal foto produk dan resi pengiriman lengkap. Saya juga khawatir pencairan pesanan lain ikut tertahan. Mohon penjelasan dan kepastiannya. Hormat saya, Larasati Wibowo
@230:00 A: Yth. Ibu Larasati Wibowo, Terima kasih atas email Ibu, dan mohon maaf atas kekhawatiran yang Ibu alami karena dana pesanan tertahan. Saya Bima dari Layanan Penjual Pasarku. Email Ibu kami terima dari alamat pemilik yang terdaftar untuk Toko Batik Larasati (SLR-11872). Berikut hasil pengecekan saya: 1) Dana pesanan PSK-66203197 (Rp 1.875.000) ditahan karena pembeli mengajukan sengketa pada 27 Februari dengan alasan warna tidak sesuai. 2) Penahanan hanya berlaku untuk pesanan tersebut; pencairan pesanan Ibu yang lain tetap berjalan seperti biasa, tercatat pencairan terakhir pada 3 Maret. 3) Sengketa diputuskan paling lama 5 hari kerja setelah bukti dari penjual kami terima. Mohon Ibu membalas email ini dengan melampirkan resi pengiriman, foto produk sebelum dikirim, dan riwayat chat dengan pembeli. Bila bukti menunjukkan barang sesuai dan terkirim ke alamat yang benar, sengketa ditutup untuk Ibu dan dana dicairkan pada hari kerja berikutnya. Kasus ini saya catat dengan nomor SC-0403-5527, dan saya yang akan memantaunya sampai selesai. Ringkasnya: hanya dana PSK-66203197 yang tertahan, mohon kirim bukti dengan menyebut SC-0403-5527, keputusan paling lama 5 hari kerja setelah bukti diterima. Bila ada hal lain yang dapat kami bantu, silakan membalas email ini. Terima kasih telah berjualan di Pasarku. Hormat kami, Bima Santoso, Layanan Penjual Pasarku
ACW: 58s
DISPOSITION: ticket-created
NOTES: Penjual SLR-11872 (Toko Batik Larasati), email dari alamat pemilik terdaftar. Dana PSK-66203197 Rp 1.875.000 ditahan karena sengketa 27/2 (warna tidak sesuai). Dijelaskan hanya pesanan ini yang tertahan. Diminta bukti (resi, foto, chat). Kasus SC-0403-5527; keputusan maks 5 hari kerja setelah bukti diterima.
LABELS
TESTS: model formal seller email: salutation with name, registered address + seller id, every point of the complaint answered, evidence requested, conditional release stated as policy (not a promise), case number, named signature; ACW 58 s just inside
=== d2-29-outbound-us-sat-says-on-dnc
account: outbound
channel: call
locale: en
direction: outbound
started: 2026-03-14T08:10:00-07:00
---
A: Good morning, this is Reza calling from Lintas Proteksi. May I speak with Mr Dale Hutchins?
C: Yeah, this is Dale. Who's this?
A: Thank you, Mr Hutchins. I'm calling about the Global Expat Health plan; our records show a request for information through our website last week. This call is recorded. Is now a good time for a couple of minutes?
C: Hold on. I'm on the Do Not Call list. How'd you even get this number? It's eight in the morning on a Saturday.
A: I'm sorry for the disturbance, Mr Hutchins, and I understand it's frustrating to get a call you weren't expecting on a Saturday morning. Your number came from a web form about a move to Jakarta, but I won't go into the offer. Would you like me to add your number to our Do Not Call list so you don't get any more calls from us?
C: Yes. Take me off. My wife must've filled in that form.
A: Done. Your number is on our Do Not Call list under reference DNC-1403-0381, and it stops receiving calls from us within 24 hours. I've also noted your complaint about being called. Is there anything else I can help you with?
C: No. That's it.
A: Thank you, Mr Hutchins, and sorry again for the interruption. Goodbye from Lintas Proteksi.
END CALL
ACW: 40s
DISPOSITION: DNC-request
NOTES: US prospect (UTC-7), Sat 08:10 local. Web-form lead (says his wife filled it in). Says he is on the DNC list; no offer made. Added to company DNC, ref DNC-1403-0381, effective within 24h. Complaint about being called logged.
LABELS
TESTS: US Saturday 08:10 (inside); prospect says "I'm on the Do Not Call list"; agent apologises, does not pitch or argue, adds to DNC with reference and 24 h time frame - passes, no dnc_violation
verified: na
before_disclosure: na
NOTE: A customer saying he is on the DNC list does not by itself make the call a dnc_violation: the lead came from a consented web form and the agent honoured the opt-out at once with no pitch. Scored as consent_dnc met.
=== d2-30-outbound-sat-1740-driving-callback
account: outbound
channel: call
locale: id
direction: outbound
started: 2026-03-28T17:40:00+07:00
---
A: Selamat sore, saya Dinda dari Lintas Proteksi. Apakah saya berbicara dengan Bapak Gilang Ramadhan?
C: Iya, betul. Tapi saya lagi nyetir, Mbak.
A: Baik, Pak Gilang, terima kasih sudah mengangkat. Saya menghubungi terkait informasi asuransi kecelakaan diri untuk nasabah Bank Arunika, dan panggilan ini direkam. Karena Bapak sedang menyetir, apakah Bapak berkenan saya telepon kembali di waktu lain?
C: Boleh. Senin jam tujuh pagi saja, sebelum saya berangkat kerja.
A: Mohon maaf, Pak, kami hanya boleh menelepon mulai pukul delapan pagi. Yang bisa saya lakukan, saya jadwalkan hari Senin, 30 Maret, pukul 08.00 sampai 08.30 WIB, di awal jadwal kami. Apakah Bapak berkenan?
C: Oke, jam delapan juga bisa, saya berangkat setengah sembilan.
A: Baik, Pak. Sudah saya jadwalkan hari Senin, 30 Maret, pukul 08.00 sampai 08.30 WIB, nomor jadwal CB-2803-0412. Ada lagi yang bisa saya bantu?
C: Nggak, Mbak.
A: Terima kasih, Pak Gilang. Hati-hati di jalan, salam dari Lintas Proteksi. Selamat sore.
END CALL
ACW: 30s
DISPOSITION: callback-scheduled
NOTES: Nasabah sedang menyetir, minta ditelepon kembali. Minta jam 07.00 (di luar jam telepon), disepakati Senin 30/3 08.00-08.30 WIB. Callback CB-2803-0412. Penawaran belum disampaikan.
LABELS
TESTS: Saturday 17:40 WIB (just inside); customer driving; agent offers a callback and politely declines 07:00 ("mohon maaf, kami hanya boleh... yang bisa saya lakukan...") - model short outbound call
verified: na
before_disclosure: na
empathy_deescalation: na
NOTE: Empathy section N/A: the customer is busy, not upset, and raises no problem.
