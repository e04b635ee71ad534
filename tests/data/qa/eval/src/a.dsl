=== 01-telco-outage-conditional-credit
account: telco
channel: call
locale: en
direction: inbound
started: 2026-03-10T18:20:00+07:00
---
A: Good evening, thank you for calling Nusanet, this is Daniel speaking. How may I help you today?
C: Hi Daniel, my home internet has been down since this morning and I work from home, it's really stressful.
A: I'm sorry to hear that, an outage on a working day is really stressful. Let me check that for you. May I have your full name and account number, please?
C: It's Sarah Lim, account 7781 2290.
A: Thank you, Ms Lim. To confirm, could you also give me the date of birth on the account?
C: Fourth of June, 1988.
A: Thank you, you're verified. So your fibre connection has been down since this morning and you need it for work. Have you restarted the modem, and is the LOS light on the modem red?
C: I restarted it twice. The LOS light is blinking red.
A: Thank you. May I place you on hold for about one minute while I check the network status in your area?
C: Sure.
HOLD 45
A: Thank you for waiting, Ms Lim. There is a fibre cut in the Kemang area affecting your line, incident reference INC-55012. Our field team estimates the repair by ten tonight.
C: Tonight? And do I get anything back for all this downtime?
A: I understand, that's a full working day lost. If the outage passes 24 hours, the service credit is applied automatically to your next bill, so you don't need to call again for it.
C: Okay, and what if it's still down tomorrow morning?
A: Then please call us with reference INC-55012 and we'll book a technician to check your line. I'll also make sure you get an SMS when the incident is closed.
C: Alright, thanks.
A: To recap: a fibre cut in your area, reference INC-55012, repair estimated by ten tonight, an SMS when it's fixed, and the credit applies automatically if it passes 24 hours. Is there anything else I can help you with?
C: No, that's all.
A: Thank you for choosing Nusanet, Ms Lim. Have a good evening.
END CALL
ACW: 40s
DISPOSITION: ticket-created
NOTES: Fibre outage Kemang since this morning, LOS red after 2 restarts. Verified name/acct/DOB. Linked to INC-55012, ETR 22:00 today, SMS on closure. Told credit is automatic only if outage > 24 h (policy, conditional). Customer to call back with ref if still down tomorrow morning.
LABELS
no_unauthorised_promise: met "If the outage passes 24 hours"
hold_permission: met "May I place you on hold"
NOTE: conditional policy statement (credit if > 24 h) is not a promise; hold 45 s with permission.

=== 02-bank-otp-offered-refused
account: bank
channel: call
locale: id
direction: inbound
started: 2026-03-11T09:15:00+07:00
---
A: Selamat pagi, terima kasih telah menghubungi Bank Sentosa, saya Rina. Ada yang bisa saya bantu?
C: Pagi Mbak, saya dapat SMS ada transaksi kartu kredit saya di toko online, padahal saya tidak belanja apa-apa. Saya panik sekali.
A: Saya mengerti Bapak pasti panik, mohon maaf atas kejadian ini. Saya bantu cek sekarang ya, Pak. Boleh saya tahu nama lengkap sesuai kartu dan tanggal lahir Bapak?
C: Budi Santoso, lima belas Agustus tujuh puluh sembilan.
A: Terima kasih. Mohon sebutkan juga nama ibu kandung yang terdaftar.
C: Sulastri.
A: Terima kasih, Pak Budi, data sudah sesuai. Jadi ada transaksi di toko online yang tidak Bapak lakukan. Apakah kartu fisiknya masih ada pada Bapak?
C: Masih ada. Ini barusan masuk SMS kode OTP juga, saya bacakan ya Mbak, kodenya empat tiga—
-1 A: Mohon maaf memotong, Pak, jangan dibacakan. Kode OTP bersifat rahasia dan Bank Sentosa tidak pernah meminta OTP dalam kondisi apa pun.
C: Oh, baik Mbak.
A: Terlihat ada transaksi dua juta tiga ratus ribu rupiah yang masih tertunda. Saya yang akan blokir kartu Bapak sekarang supaya tidak bisa dipakai lagi, boleh saya lanjutkan?
C: Iya, tolong diblokir.
A: Kartu sudah saya blokir. Untuk transaksi yang tertunda saya buatkan laporan sanggahan dengan nomor referensi DSP-88231. Hasil investigasi disampaikan maksimal empat belas hari kerja melalui SMS dan email. Kartu pengganti biasanya diterima dalam tujuh hari kerja di alamat terdaftar.
C: Baik, terima kasih Mbak.
A: Saya ulangi ya, Pak Budi: kartu sudah diblokir, sanggahan nomor DSP-88231 diproses maksimal empat belas hari kerja, dan kartu pengganti dikirim ke alamat terdaftar. Ada lagi yang bisa saya bantu?
C: Sudah cukup.
A: Terima kasih telah menghubungi Bank Sentosa, Pak Budi. Selamat pagi.
END CALL
ACW: 55s
DISPOSITION: ticket-created
NOTES: Customer reports unrecognised online card transaction Rp2.300.000 (pending). Verified name, DOB, mother's maiden name. Customer started reading an OTP - stopped, advised never to share. Card blocked, dispute DSP-88231, result within 14 working days by SMS/email; replacement card to registered address (usually 7 working days).
LABELS
no_interrupt: met "Mohon maaf memotong"
before_disclosure: met "jangan dibacakan"
NOTE: customer offers OTP, agent stops it: no request_secret, and cutting the customer off here is protective.

=== 03-outbound-optout-honoured
account: outbound
channel: call
locale: id
direction: outbound
started: 2026-03-12T16:30:00+07:00
---
A: Selamat sore, saya Dimas dari Nusanet. Apakah saya berbicara dengan Ibu Wulan Sari?
C: Iya, saya sendiri.
A: Terima kasih, Bu Wulan. Saya menghubungi Ibu untuk menawarkan paket internet rumah terbaru Nusanet dengan kecepatan lebih tinggi. Apakah Ibu ada waktu sebentar?
C: Aduh Mas, saya sudah berkali-kali ditelepon soal ini. Saya tidak tertarik, tolong jangan telepon saya lagi untuk penawaran.
A: Mohon maaf, Bu Wulan, saya mengerti pasti terganggu ditelepon berulang kali. Saya yang akan memasukkan nomor Ibu ke daftar jangan dihubungi untuk penawaran sekarang juga.
C: Iya, tolong ya.
A: Sudah saya catat, Bu, dengan nomor referensi DNC-40417. Pemrosesan daftar ini maksimal tiga hari kerja, jadi mohon maaf bila dalam masa itu masih ada panggilan yang sudah terjadwal.
C: Baik.
A: Jadi nomor Ibu sudah masuk daftar jangan dihubungi untuk penawaran, referensi DNC-40417, diproses maksimal tiga hari kerja. Ada hal lain yang bisa saya bantu, Bu?
C: Tidak, itu saja.
A: Terima kasih atas waktunya, Bu Wulan. Selamat sore dari Nusanet.
END CALL
ACW: 35s
DISPOSITION: DNC-request
NOTES: Outbound promo (home internet upgrade). Customer opted out of marketing calls immediately; no pitch after opt-out. Added to DNC list, ref DNC-40417, effective within 3 working days.
LABELS
verified: na
before_disclosure: na
consent_dnc: met "Saya yang akan memasukkan nomor Ibu"
NOTE: opt-out honoured: no dnc_violation. No account data used, so verified/before_disclosure N/A but consent_dnc still scored.

=== 04-outbound-collection-late-inside-hours
account: outbound
channel: call
locale: en
direction: outbound
started: 2026-03-10T20:40:00-05:00
---
A: Good evening, this is Marcus calling from Crestline Recovery on behalf of Harbor Card Services. May I speak with Mr Kevin Doyle?
C: Speaking.
A: Thank you, Mr Doyle. I'm calling about your Harbor Card account. Is now a good time to talk for a few minutes?
C: It's late, but go ahead, quickly.
A: Thank you, I'll keep it short. Before I go into any details, could you confirm your date of birth and the ZIP code on the account?
C: March third, 1985. ZIP 30312.
A: Thank you, Mr Doyle, you're verified. Your account shows a past-due amount of 420 dollars, now 35 days overdue. Has anything made it difficult to pay this month?
C: I was between jobs. I start a new job next week and get paid on the 20th.
A: I understand being between jobs is stressful, and congratulations on the new position. So you can pay once your first paycheck arrives on the 20th. Would you be able to pay the 420 dollars on March 20th?
C: Yes, I can do that on the 20th.
A: Thank you. Let me set that up: a promise to pay of 420 dollars on March 20th, reference PTP-7720. You can pay in the Harbor app or at any branch. If the payment is received by the 20th, no further late fee is added this cycle.
C: Okay.
A: To recap: 420 dollars on March 20th, reference PTP-7720, through the app or a branch. Is there anything else I can help you with tonight?
C: No.
A: Thank you for your time, Mr Doyle, and good luck with the new job. Good night from Crestline Recovery.
END CALL
ACW: 45s
DISPOSITION: promise-to-pay
NOTES: RPC Kevin Doyle, verified DOB + ZIP. Past due $420, 35 DPD; reason between jobs, first pay 20th. PTP $420 on 2026-03-20 via app/branch, ref PTP-7720. Called 20:40 local Tue (inside US 08-21).
LABELS
consent_dnc: met "Is now a good time"
apology: na
NOTE: 20:40 at UTC-5 is late but inside US calling hours (08:00-21:00): no outside_calling_hours.

=== 05-bank-spouse-account-number-disclosed
account: bank
channel: call
locale: en
direction: inbound
started: 2026-03-13T13:10:00+08:00
---
A: Good afternoon, thank you for calling Bank Sentosa, my name is Aditya. How can I help you?
C: Hi, I'm calling about my husband's credit card. He's at work. I have his account number here, it's 4410 2231 8890.
A: Thank you. May I have your name, please?
C: Mei Ling Tan. The card holder is Jason Tan.
A: Thank you, Ms Tan. What would you like to know about the card?
C: We got a letter about a late payment. I just want to know how much is outstanding and when it's due.
A: Let me check. Since you have the account number, I can tell you the outstanding balance is 8,450,000 rupiah, and the minimum payment of 845,000 is due on the 25th.
C: Oh, that's a lot. And what were the last transactions?
A: The last two are a hotel in Bali for 3.2 million and an electronics store for 1.9 million.
C: Okay... I'll talk to him about it. Thank you.
A: You're welcome. Is there anything else?
C: No.
A: Thank you for calling Bank Sentosa, Ms Tan.
END CALL
ACW: 30s
DISPOSITION: resolved-first-contact
NOTES: Wife of card holder asked balance and due date; provided.
LABELS
FATAL: disclose_before_verify
verified: missed "Since you have the account number"
before_disclosure: missed "Since you have the account number"
acknowledge: missed "What would you like to know"
name_feeling: missed "The last two are a hotel"
apology: missed "The last two are a hotel"
right_solution: missed "Since you have the account number"
summary: missed "You're welcome. Is there anything else?"
notes_complete: missed "NOTES:"
NOTE: a spouse quoting the account number is not verification; disclosing to a third party is fatal.

=== 06-bank-spouse-refused-holder-verified
account: bank
channel: call
locale: id
direction: inbound
started: 2026-03-09T19:05:00+07:00
---
A: Selamat malam, terima kasih telah menghubungi Bank Sentosa, saya Fajar. Ada yang bisa saya bantu?
C: Malam Mas. Saya istrinya Pak Hendra, mau tanya tagihan kartu kredit suami saya. Nomor rekeningnya saya tahu, 0081 2345 6789.
A: Terima kasih, Ibu. Mohon maaf, informasi kartu hanya dapat kami sampaikan kepada pemegang kartu setelah verifikasi, meskipun nomor rekeningnya sudah Ibu ketahui. Apakah Pak Hendra ada di dekat Ibu dan bisa bicara langsung?
C: Oh, ada, sebentar saya berikan teleponnya.
+6 C: Halo, saya Hendra.
A: Selamat malam, Pak Hendra. Untuk verifikasi, mohon sebutkan nama lengkap dan tanggal lahir Bapak.
C: Hendra Gunawan, dua belas Januari delapan puluh dua.
A: Terima kasih. Satu lagi, mohon sebutkan alamat email yang terdaftar.
C: hendra.g82 at gmail dot com.
A: Terima kasih, Pak Hendra, data sudah sesuai. Apakah Bapak mengizinkan saya menjelaskan tagihan ini dengan Ibu ikut mendengarkan?
C: Boleh, silakan.
A: Baik, Pak. Tagihan bulan ini tiga juta seratus ribu rupiah, jatuh tempo tanggal dua puluh lima. Bagian mana dari tagihan ini yang ingin Bapak tanyakan?
C: Istri saya kaget karena angkanya lebih besar dari biasanya. Ada apa ya?
A: Saya mengerti kagetnya, Pak, mohon maaf atas kebingungannya. Saya bantu jelaskan. Bulan ini ada cicilan pertama pembelian laptop tanggal tiga Maret sebesar satu juta dua ratus ribu rupiah, itu yang membuat tagihan lebih besar.
C: Oh iya, laptop anak saya. Baik, jelas sekarang.
A: Jadi tagihan tiga juta seratus ribu sudah termasuk cicilan laptop, jatuh tempo tanggal dua puluh lima. Ada lagi yang bisa saya bantu, Pak Hendra?
C: Tidak, terima kasih.
A: Terima kasih telah menghubungi Bank Sentosa, Pak Hendra. Selamat malam.
END CALL
ACW: 40s
DISPOSITION: resolved-first-contact
NOTES: Spouse called with account number - nothing disclosed to her. Card holder Hendra came on the line, verified (name, DOB, registered email), consented to spouse listening. Explained bill Rp3.100.000 due 25th incl. first laptop instalment 3 Mar Rp1.200.000. Resolved, no follow-up needed.
LABELS
verified: met "mohon sebutkan alamat email yang terdaftar"
before_disclosure: met "hanya dapat kami sampaikan kepada pemegang kartu"
NOTE: contrast to 05: spouse's account number refused as verification; holder verified before any detail.

=== 07-outbound-dnc-pitch-after-optout
account: outbound
channel: call
locale: id
direction: outbound
started: 2026-03-03T10:20:00+07:00
---
A: Selamat pagi, saya Sinta dari Nusanet. Apakah saya berbicara dengan Bapak Agus Prasetyo?
C: Iya, benar.
A: Baik, Pak Agus, saya menghubungi Bapak untuk menawarkan paket internet rumah seratus Mbps dengan harga promo. Apakah Bapak ada waktu sebentar?
C: Mbak, bulan lalu saya sudah minta supaya nomor saya tidak ditelepon lagi untuk penawaran. Kenapa masih ditelepon?
A: Oh, mungkin datanya belum diperbarui, Pak. Tapi promonya bagus sekali lho Pak, cuma tiga ratus ribu per bulan untuk tiga bulan pertama, gratis instalasi.
C: Saya tidak mau. Saya sudah bilang jangan telepon.
A: Sayang sekali, Pak, promo ini hanya sampai akhir bulan. Bapak yakin tidak mau coba dulu?
C: Tidak. Tolong hapus nomor saya.
A: Baik, Pak, nanti saya sampaikan. Terima kasih, selamat pagi.
END CALL
ACW: 20s
DISPOSITION: not-interested
NOTES: Customer not interested.
LABELS
FATAL: dnc_violation
verified: na
before_disclosure: na
consent_dnc: missed "Tapi promonya bagus sekali"
probing: missed "Tapi promonya bagus sekali"
acknowledge: missed "Oh, mungkin datanya belum diperbarui"
name_feeling: missed "Oh, mungkin datanya belum diperbarui"
apology: missed "Oh, mungkin datanya belum diperbarui"
ownership: missed "nanti saya sampaikan"
no_triggers: missed "Sayang sekali, Pak"
right_solution: missed "nanti saya sampaikan"
ownership_next_step: missed "nanti saya sampaikan"
summary: missed "nanti saya sampaikan"
anything_else: missed "nanti saya sampaikan"
thanks_brand: missed "nanti saya sampaikan"
notes_complete: missed "NOTES:"
disposition: missed "DISPOSITION:"
no_slang: missed "lho Pak, cuma"
NOTE: customer says he opted out last month; agent keeps pitching twice: dnc_violation.

=== 08-outbound-collection-sunday
account: outbound
channel: call
locale: id
direction: outbound
started: 2026-03-08T10:00:00+07:00
---
A: Selamat pagi, saya Yoga dari Mitra Tagih, mewakili Kredit Kilat. Apakah saya berbicara dengan Ibu Ratna Dewi?
C: Iya, saya. Ini hari Minggu lho, Mas.
A: Mohon maaf mengganggu di hari Minggu, Bu Ratna. Saya menghubungi terkait akun Kredit Kilat Ibu. Apakah Ibu ada waktu lima menit?
C: Ya sudah, cepat saja.
A: Terima kasih, Bu. Untuk keamanan, mohon sebutkan tanggal lahir dan enam digit terakhir NIK Ibu.
C: Tujuh Juli sembilan puluh, enam digit terakhir 451203.
A: Terima kasih, Bu Ratna, data sesuai. Tagihan Ibu sebesar satu juta lima ratus ribu rupiah sudah lewat jatuh tempo dua puluh hari. Apakah ada kendala pembayaran, Bu?
C: Gaji saya telat bulan ini. Saya bisa bayar tanggal lima belas.
A: Saya mengerti gaji yang terlambat memang menyulitkan, Bu. Jadi Ibu bisa membayar penuh tanggal lima belas. Saya bantu catat janji bayar satu juta lima ratus ribu rupiah pada tanggal lima belas Maret, nomor referensi JB-3309. Pembayaran bisa melalui aplikasi Kredit Kilat atau minimarket.
C: Iya.
A: Saya ulangi, Bu: satu juta lima ratus ribu rupiah, tanggal lima belas Maret, referensi JB-3309. Ada lagi yang bisa saya bantu?
C: Tidak.
A: Terima kasih atas waktunya, Bu Ratna. Selamat pagi dari Mitra Tagih.
END CALL
ACW: 50s
DISPOSITION: promise-to-pay
NOTES: RPC verified DOB + last 6 NIK. Outstanding Rp1.500.000, 20 DPD, salary late. PTP Rp1.500.000 on 2026-03-15 via app/minimarket, ref JB-3309.
LABELS
FATAL: outside_calling_hours
consent_dnc: missed "Selamat pagi, saya Yoga"
apology: na
NOTE: a good collection call dialled on Sunday 10:00 WIB: Indonesia has no Sunday calling window.

=== 09-outbound-uk-after-nine
account: outbound
channel: call
locale: en
direction: outbound
started: 2026-03-11T21:20:00+00:00
---
A: Good evening, this is Priya from Brightline Offers, calling on behalf of Harbor Card. Am I speaking with Mr Tom Harris?
C: Yes, who is this?
A: Thank you, Mr Harris. I'm calling because Harbor Card customers can now upgrade to the Platinum card with airport lounge access. Let me just confirm your postcode and date of birth before I go into your offer.
C: It's past nine in the evening, you know. Fine. SW9 8LT, second of May 1979.
A: Thank you, you're verified. Based on your account you're pre-approved for a Platinum limit of 6,000 pounds, and the annual fee is waived for the first year.
C: What's the fee after that?
A: After the first year it's 150 pounds a year, waived in any year you spend over 10,000 pounds on the card.
C: I'm not sure. I'll think about it.
A: Of course, I understand you'd like time to think it over. I'll email you the details now, reference OFR-2281, the offer is valid until 31 March. Would a call back on Friday between six and seven in the evening suit you?
C: Friday's fine.
A: Thank you. To recap, I'll email the Platinum offer today, reference OFR-2281, valid until 31 March, and call you back on Friday between six and seven. Is there anything else I can help with?
C: No.
A: Thank you for your time, Mr Harris, and have a good evening from Brightline Offers.
END CALL
ACW: 40s
DISPOSITION: callback-scheduled
NOTES: Outbound TM Platinum upgrade. Verified postcode + DOB. Pre-approved GBP6,000, fee waived yr 1 then GBP150 (waived if spend > GBP10k). Customer undecided; offer emailed ref OFR-2281 (valid to 31 Mar); callback Fri 13 Mar 18:00-19:00.
LABELS
FATAL: outside_calling_hours
consent_dnc: missed "Good evening, this is Priya"
name_feeling: missed "Thank you, you're verified. Based on"
apology: missed "Thank you, you're verified. Based on"
NOTE: UK Wednesday 21:20 (+00:00) is after the 21:00 limit; also no "good time?" question and the complaint about the hour is ignored.

=== 10-telco-supervisor-deescalated
account: telco
channel: call
locale: id
direction: inbound
started: 2026-03-05T14:10:00+07:00
---
A: Selamat siang, terima kasih telah menghubungi Nusanet, saya Ayu. Ada yang bisa saya bantu?
C: Siang. Saya mau bicara dengan supervisor sekarang! Tagihan HP saya bulan ini tiga kali lipat dan ini sudah ketiga kalinya saya menelepon.
A: Mohon maaf sekali, Pak, tagihan yang tiga kali lipat dan harus menelepon berulang kali pasti sangat mengecewakan. Saya yang akan tangani langsung sampai jelas, dan jika setelah ini Bapak masih ingin bicara dengan supervisor, saya akan sambungkan. Boleh saya tahu nama dan nomor HP yang terdaftar?
C: Rudi Hartono, 0812 7788 1234.
A: Terima kasih, Pak Rudi. Untuk verifikasi, mohon sebutkan tanggal lahir Bapak.
C: Sembilan belas Oktober tujuh puluh enam.
A: Terima kasih, data sudah sesuai. Jadi tagihan bulan ini jauh lebih besar dari biasanya. Apakah Bapak sempat bepergian ke luar negeri atau memakai data di luar paket?
C: Tidak ke mana-mana. Saya pakai paket dua puluh giga seperti biasa.
A: Baik. Boleh saya minta izin menahan telepon sekitar satu menit untuk memeriksa rincian pemakaian?
C: Silakan.
HOLD 50
A: Terima kasih sudah menunggu, Pak Rudi. Paket dua puluh giga Bapak ternyata tidak diperpanjang otomatis tanggal satu Maret karena gangguan sistem, sehingga pemakaian data dikenakan tarif normal. Itu kesalahan di pihak kami.
C: Nah, kan. Jadi bagaimana?
A: Paket Bapak sudah saya aktifkan kembali mulai hari ini, dan saya sudah mengajukan koreksi tagihan untuk selisih pemakaian data dengan nomor referensi ADJ-60981. Setelah koreksi disetujui, selisihnya dikurangkan dari tagihan berikutnya, dan hasilnya dikirim lewat SMS paling lambat tujuh hari kerja.
C: Ya sudah, kalau begitu saya tidak perlu bicara dengan supervisor.
A: Terima kasih, Pak Rudi. Saya ulangi: paket sudah aktif kembali, koreksi tagihan referensi ADJ-60981, hasilnya lewat SMS paling lambat tujuh hari kerja. Ada lagi yang bisa saya bantu?
C: Tidak, itu saja.
A: Terima kasih telah menghubungi Nusanet, Pak Rudi. Selamat siang.
END CALL
ACW: 55s
DISPOSITION: ticket-created
NOTES: Bill 3x usual, 3rd call; customer demanded supervisor - de-escalated, supervisor offered if still needed, declined. Verified name, MSISDN, DOB. Cause: 20GB package not auto-renewed 1 Mar (system fault). Package reactivated today; billing adjustment ADJ-60981 pending approval, result by SMS within 7 working days.
LABELS
transfer_escalation: met "jika setelah ini Bapak masih ingin bicara dengan supervisor"
no_unauthorised_promise: met "Setelah koreksi disetujui"
NOTE: supervisor demand handled by de-escalation (try first, supervisor still offered).

=== 11-shop-supervisor-warm-transfer
account: shop
channel: call
locale: en
direction: inbound
started: 2026-03-06T11:30:00+07:00
---
A: Good morning, thank you for calling Belanja.id, this is Kevin. How can I help you today?
C: Morning. My washing machine order was marked delivered two days ago, but nothing arrived. I've already chatted twice and nobody fixed it.
A: I'm very sorry; being told it was delivered when nothing came, after two chats, is really frustrating. Let me look into it. May I have your full name and the order number?
C: Anita Kusuma, order BLJ-5520871.
A: Thank you, Ms Kusuma. To verify, could you confirm the phone number registered on your account?
C: 0813 2211 9087.
A: Thank you, that matches. So the washing machine on order BLJ-5520871 shows delivered on the 4th, but you never received it. Could anyone else at your address, a neighbour or the security post, have signed for it?
C: No, I checked with security and my neighbours. I want a supervisor. I'm done with explanations.
A: I understand, and I want this fixed too. I can open a courier investigation right now, which takes up to three working days. Would that work, or would you still prefer a supervisor?
C: No, I want the supervisor now. It's a four million rupiah machine.
A: Understood. I'll transfer you to my supervisor, Mr Hadi, and brief him first so you don't have to repeat anything. May I place you on hold for about one minute while I brief him?
C: Fine.
HOLD 55
A: Thank you for waiting, Ms Kusuma. I have my supervisor Mr Hadi on the line. Mr Hadi, Ms Kusuma's washing machine on order BLJ-5520871 was marked delivered on the 4th but never arrived; she checked with security and neighbours and prefers not to wait for a courier investigation. Ms Kusuma, Mr Hadi will take it from here.
TRANSFER WARM: Hadi, Kevin here. Ms Anita Kusuma, verified by registered phone. Order BLJ-5520871, washing machine Rp4.1m, marked delivered 4 March by KirimCepat but not received; she checked security and neighbours; two earlier chats unresolved. I offered a courier investigation (up to 3 working days), she declined and asked for a supervisor. Nothing promised - no refund or replacement offered yet.
END CALL
ACW: 50s
DISPOSITION: transferred
NOTES: Order BLJ-5520871 washing machine Rp4.1m marked delivered 4 Mar (KirimCepat), not received; checked security/neighbours; 2 prior chats. Verified by registered phone. Offered courier investigation (3 working days) - declined; supervisor demanded. Warm transfer to supervisor Hadi with full briefing. No promise made.
LABELS
transfer_escalation: met "TRANSFER WARM"
summary: met "I have my supervisor Mr Hadi on the line"
anything_else: na
thanks_brand: na
NOTE: supervisor demand -> try first, then warm transfer with name, verified, issue, tried, promised; intro recap counts as summary.

=== 12-bank-supervisor-callback
account: bank
channel: call
locale: id
direction: inbound
started: 2026-03-12T15:40:00+07:00
---
A: Selamat sore, terima kasih telah menghubungi Bank Sentosa, saya Putri. Ada yang bisa saya bantu?
C: Sore. Saya mau bicara dengan atasan Mbak. Pengajuan keringanan cicilan KPR saya ditolak tanpa alasan, padahal semua dokumen sudah saya kirim.
A: Mohon maaf, Bu, pengajuan yang ditolak tanpa penjelasan tentu sangat mengecewakan. Saya bantu cek dulu alasannya ya, Bu. Boleh saya tahu nama lengkap dan nomor rekening KPR Ibu?
C: Lestari Wahyuni, rekening 2200 4411 7.
A: Terima kasih, Bu Lestari. Mohon sebutkan juga tanggal lahir Ibu untuk verifikasi.
C: Tiga puluh April delapan puluh tujuh.
A: Terima kasih, data sudah sesuai. Jadi pengajuan keringanan cicilan KPR Ibu ditolak dan Ibu belum menerima alasannya. Kapan Ibu menerima pemberitahuan penolakan itu?
C: Kemarin lewat SMS. Saya tetap mau bicara dengan atasan.
A: Baik, Bu. Di catatan terlihat penolakan karena slip gaji bulan Februari belum terlampir. Saya mengerti Ibu tetap ingin bicara dengan atasan. Saat ini supervisor sedang menangani panggilan lain, jadi saya yang akan jadwalkan supervisor menelepon Ibu kembali. Apakah besok antara jam sepuluh sampai jam dua belas siang cocok?
C: Bisa, jam sepuluh sampai dua belas.
ESCALATE: Supervisor callback to Ibu Lestari Wahyuni (verified name/account/DOB). KPR relief application rejected 11 Mar for missing Feb payslip; customer disputes and demanded supervisor. Callback 13 Mar 10:00-12:00 WIB on registered number, ref ESC-10442.
A: Sudah saya jadwalkan, Bu, nomor referensinya ESC-10442. Supervisor kami akan menelepon ke nomor terdaftar besok, tanggal tiga belas, antara jam sepuluh sampai dua belas siang. Sebaiknya siapkan slip gaji Februari, karena kalau dokumen itu dilengkapi, pengajuan bisa ditinjau ulang.
C: Baik.
A: Saya ulangi, Bu Lestari: supervisor menelepon besok jam sepuluh sampai dua belas, referensi ESC-10442, dan mohon siapkan slip gaji Februari. Ada lagi yang bisa saya bantu?
C: Tidak.
A: Terima kasih telah menghubungi Bank Sentosa, Bu Lestari. Selamat sore.
END CALL
ACW: 58s
DISPOSITION: escalated
NOTES: KPR relief application rejected (SMS 11 Mar), reason: Feb payslip missing. Verified name, account, DOB. Customer demanded supervisor; none free - supervisor callback 13 Mar 10:00-12:00 WIB, ref ESC-10442. Advised to prepare Feb payslip for re-review.
LABELS
transfer_escalation: met "ESCALATE"
no_unauthorised_promise: met "kalau dokumen itu dilengkapi"
NOTE: supervisor demand -> callback with time window and reference.
