=== 25-bank-email-unregistered-address
account: bank
channel: email
locale: en
direction: inbound
started: 2026-03-06T09:00:00+08:00
---
@00:00 C: Dear Bank Sentosa, I'm writing from my work email because I can't get into my personal one. Please send me the last five transactions on my savings account 3301 8845 12 and the current balance. Thanks, Michael Chandra
@180:00 A: Dear Mr Chandra, thank you for contacting Bank Sentosa. My name is Indra from the email support team. As requested, here are the details for savings account 3301 8845 12: the current balance is 12,480,000 rupiah, and the last five transactions are a salary credit of 15,000,000 on 1 March, an ATM withdrawal of 1,000,000 on 2 March, an electricity payment of 450,000 on 3 March, a transfer of 2,500,000 to Dewi Lestari on 4 March, and a card purchase of 320,000 at Grand Mart on 5 March. If you need anything else, just reply to this email. Kind regards, Indra, Bank Sentosa Customer Care
@215:00 C: Thanks Indra, that's what I needed.
ACW: 30s
DISPOSITION: resolved-first-contact
NOTES: Sent balance and last 5 transactions to customer's work email.
LABELS
FATAL: disclose_before_verify
empathy_deescalation: na
verified: missed "As requested, here are the details"
before_disclosure: missed "As requested, here are the details"
right_solution: missed "As requested, here are the details"
summary: missed "As requested, here are the details"
notes_complete: missed "NOTES:"
NOTE: email from an unregistered (work) address; an account number alone is one data point and not the registered address, so balance and transactions are disclosed before verification.

=== 26-outbound-travel-insurance-sale
account: outbound
channel: call
locale: en
direction: outbound
started: 2026-03-09T18:30:00+00:00
---
A: Good evening, this is Oliver calling from Brightline Offers on behalf of Harbor Card. May I speak with Ms Emma Clarke?
C: Yes, that's me.
A: Thank you, Ms Clarke. I'm calling about a travel insurance add-on available to Harbor Card holders. Is now a good time for about three minutes?
C: Go on, I've got a few minutes.
A: Thank you. Before I go into your account's offer, could you confirm your date of birth and the first line of your address?
C: Fourteenth of November 1983, 22 Elm Road.
A: Thank you, Ms Clarke, that's all confirmed. Do you travel abroad often, for work or holidays?
C: Two or three times a year, mostly Europe.
A: So a few European trips a year. The annual multi-trip cover is 59 pounds a year, billed to your Harbor Card, covering trips up to 31 days including medical costs and cancellation. You can cancel within 14 days for a full refund.
C: What about winter sports? We ski in February.
A: Good question. Winter sports are covered with the optional 15 pound add-on; without it, skiing injuries aren't covered.
C: Alright, I'll take it with the winter sports add-on.
A: Thank you, Ms Clarke. Let me set that up: annual multi-trip with winter sports, 74 pounds a year, charged to your Harbor Card, policy reference TRV-60217. The documents arrive by email within 24 hours, and you have 14 days to cancel for a full refund. Is there anything else I can help you with?
C: No, that's all.
A: Thank you for your time, Ms Clarke, and thank you for being a Harbor Card customer. Have a lovely evening.
END CALL
ACW: 50s
DISPOSITION: sale
NOTES: Outbound TM travel insurance. Verified DOB + address line 1. Travels 2-3x/yr Europe, skis. Sold annual multi-trip + winter sports GBP74/yr on Harbor Card, ref TRV-60217, documents by email within 24 h, 14-day cooling off.
LABELS
empathy_deescalation: na
consent_dnc: met "Is now a good time"
NOTE: clean outbound sale, Monday 18:30 UK inside hours. No problem or feeling: empathy N/A.

=== 27-outbound-collection-saturday-late-inside
account: outbound
channel: call
locale: id
direction: outbound
started: 2026-03-14T17:40:00+08:00
---
A: Selamat sore, saya Hana dari Mitra Tagih, mewakili Kredit Kilat. Apakah saya berbicara dengan Bapak Made Wirawan?
C: Ya, saya sendiri.
A: Terima kasih, Pak Made. Saya menghubungi terkait akun Kredit Kilat Bapak. Apakah Bapak ada waktu sekitar lima menit sekarang?
C: Boleh, tapi jangan lama-lama, sebentar lagi saya tutup toko.
A: Baik, Pak, saya singkat saja. Untuk keamanan, mohon sebutkan tanggal lahir dan tiga digit terakhir nomor KTP Bapak.
C: Sebelas November delapan puluh delapan, tiga digit terakhir dua nol tujuh.
A: Terima kasih, Pak Made, data sesuai. Cicilan Bapak sebesar delapan ratus lima puluh ribu rupiah sudah lewat jatuh tempo sepuluh hari. Apakah ada kendala yang bisa saya bantu?
C: Toko sepi bulan ini, Mbak. Saya cuma bisa bayar separuh dulu.
A: Saya mengerti, Pak, usaha yang sedang sepi pasti terasa berat. Jadi Bapak bisa membayar sebagian dulu. Berapa yang bisa Bapak bayar, dan kapan?
C: Empat ratus ribu hari Senin, sisanya tanggal dua puluh lima.
A: Baik, saya yang catat janji bayar dua tahap: empat ratus ribu rupiah hari Senin tanggal enam belas Maret, dan empat ratus lima puluh ribu tanggal dua puluh lima Maret, referensi JB-5178. Jika kedua pembayaran masuk sesuai tanggal, denda keterlambatan bulan ini tidak bertambah.
C: Baik, Mbak.
A: Saya ulangi: empat ratus ribu pada enam belas Maret, empat ratus lima puluh ribu pada dua puluh lima Maret, referensi JB-5178, bisa lewat aplikasi atau minimarket. Ada lagi yang bisa saya bantu, Pak?
C: Tidak, cukup.
A: Terima kasih atas waktunya, Pak Made. Selamat sore dari Mitra Tagih.
END CALL
ACW: 55s
DISPOSITION: promise-to-pay
NOTES: Called Sat 17:40 WITA (inside hours). RPC verified DOB + last 3 KTP. Instalment Rp850.000, 10 DPD; shop slow. PTP split: Rp400.000 on 16 Mar, Rp450.000 on 25 Mar, ref JB-5178. Late fee not increased only if both paid on time (conditional).
LABELS
consent_dnc: met "Apakah Bapak ada waktu"
apology: na
no_unauthorised_promise: met "Jika kedua pembayaran masuk sesuai tanggal"
NOTE: Saturday 17:40 at +08 is late but inside Indonesian hours (Mon-Sat 08-18). Collection call: apology N/A.

=== 28-telco-chat-content-charge-mediocre
account: telco
channel: chat
locale: id
direction: inbound
started: 2026-03-10T13:15:00+07:00
---
C: Halo min, pulsa saya kepotong terus 5rb tiap hari, padahal ga langganan apa2
+50 A: Halo Kak, ada yang bisa dibantu?
C: ya itu tadi, pulsa kepotong terus
A: Boleh info nomor HP dan nama lengkap Kak?
C: 0812 3344 5566, Dimas Saputra
A: Tanggal lahir Kak?
C: 5 Juni 1997
A: Terima kasih Kak Dimas, data sesuai. Ada layanan konten GameZone aktif sejak 1 Maret dengan biaya 5.000 per hari. Sudah saya berhentikan ya Kak. Ke depannya bisa berhenti sendiri dengan ketik UNREG GAME kirim ke 9090.
C: kok bisa aktif sendiri? terus pulsa saya balik ga?
A: Layanan konten biasanya aktif lewat halaman berlangganan di internet. Untuk pengembalian pulsa tidak bisa Kak.
C: yah. ya sudah deh
A: Ada lagi yang bisa dibantu Kak?
C: ga
A: Terima kasih sudah menghubungi Nusanet, Kak Dimas.
END CALL
ACW: 45s
DISPOSITION: resolved-first-contact
NOTES: Pulsa terpotong layanan GameZone 5rb/hari sejak 1 Mar. Layanan dihentikan. Refund tidak bisa.
LABELS
own_name: missed "Halo Kak, ada yang bisa dibantu?"
company: missed "Halo Kak, ada yang bisa dibantu?"
no_interrupt: missed "Halo Kak, ada yang bisa dibantu?"
acknowledge: missed "Boleh info nomor HP"
name_feeling: missed "Untuk pengembalian pulsa tidak bisa"
apology: missed "Untuk pengembalian pulsa tidak bisa"
no_triggers: missed "Untuk pengembalian pulsa tidak bisa"
right_solution: missed "Untuk pengembalian pulsa tidak bisa"
ownership_next_step: missed "Untuk pengembalian pulsa tidak bisa"
summary: missed "Ada lagi yang bisa dibantu Kak?"
notes_complete: missed "NOTES:"
NOTE: generic opener makes the customer repeat the stated issue (re-asking what was given); bare "tidak bisa" on the refund, no complaint ticket. Chat abbreviations by the customer are fine.

=== 29-shop-courier-damaged-two-holds
account: shop
channel: call
locale: id
direction: inbound
started: 2026-03-02T09:50:00+09:00
---
A: Selamat pagi, terima kasih telah menghubungi Belanja.id, saya Yusuf. Ada yang bisa saya bantu?
C: Pagi, Mas. Saya terima paket rice cooker tadi pagi, tapi tutupnya pecah. Saya kesal sekali, baru dibuka sudah rusak.
A: Mohon maaf sekali, Bu, wajar Ibu kesal menerima barang baru dalam keadaan pecah. Saya bantu urus sekarang. Boleh saya tahu nama dan nomor pesanannya?
C: Maria Kambu, pesanan BLJ-9102234.
A: Terima kasih, Bu Maria. Untuk verifikasi, mohon sebutkan nomor HP yang terdaftar.
C: 0821 4455 6677.
A: Terima kasih, data sesuai. Jadi rice cooker pesanan BLJ-9102234 diterima hari ini dengan tutup pecah. Apakah Ibu sempat memfoto atau merekam saat membuka paket?
C: Ada video unboxing-nya.
A: Bagus sekali, Bu. Boleh saya tahan teleponnya sekitar satu menit untuk mengecek catatan pengiriman dari kurir?
C: Boleh.
HOLD 45
A: Terima kasih sudah menunggu, Bu Maria. Kurir mencatat paket diterima dengan kardus penyok. Saya perlu cek opsi penggantian dengan penjual, boleh saya tahan lagi sekitar satu menit?
C: Iya.
HOLD 50
A: Terima kasih atas kesabarannya, Bu. Saya sudah ajukan komplain pengembalian dengan nomor RTN-30452. Silakan unggah video unboxing di halaman pesanan dalam dua kali dua puluh empat jam. Setelah komplain disetujui, Ibu bisa memilih barang pengganti atau pengembalian dana penuh, dan kurir akan menjemput barangnya tanpa biaya.
C: Baik, nanti saya unggah videonya.
A: Saya ulangi ya, Bu Maria: komplain RTN-30452, unggah video dalam dua kali dua puluh empat jam, setelah disetujui Ibu pilih penggantian atau dana kembali, dan penjemputan gratis. Ada lagi yang bisa saya bantu?
C: Tidak, terima kasih Mas.
A: Terima kasih telah berbelanja di Belanja.id, Bu Maria. Selamat pagi.
END CALL
ACW: 60s
DISPOSITION: ticket-created
NOTES: Rice cooker BLJ-9102234 received today with broken lid; courier notes dented box. Verified name/order/phone. Return complaint RTN-30452; customer to upload unboxing video within 2x24 h; after approval replacement or full refund, free pickup.
LABELS
hold_permission: met "Boleh saya tahan teleponnya sekitar satu menit"
no_unauthorised_promise: met "Setelah komplain disetujui"
NOTE: two holds (45 s + 50 s = 95 s) each with permission and thanks; ACW exactly 60 s is within limit.

=== 30-bank-card-declined-abroad-weak
account: bank
channel: call
locale: en
direction: inbound
started: 2026-03-03T14:10:00+07:00
---
A: Good morning, Bank Sentosa, Jake speaking, how can I help?
C: Hi, my card was declined at a restaurant in Singapore last night. It was really embarrassing.
A: Sorry about that, but cards are often blocked abroad for security. Name and card number?
C: Steven Wong. The card number is 4556 7788 1200 5521.
A: Date of birth?
C: Thirtieth of July 1975.
A: Cheers. Yeah, there's a fraud block from last night's attempt. I'll lift it now.
C: Will it work today? I'm here until Friday.
A: No worries mate, it'll work in about ten minutes. For future trips you can set a travel notice in the app so it doesn't get blocked.
C: Okay, thanks.
A: Anything else?
C: No.
A: Cheers, bye.
END CALL
ACW: 20s
DISPOSITION: resolved-first-contact
NOTES: Card block lifted.
LABELS
greeting: missed "Good morning, Bank Sentosa"
acknowledge: missed "Sorry about that, but cards"
name_feeling: missed "Sorry about that, but cards"
no_triggers: missed "Sorry about that, but cards"
summary: missed "Anything else?"
thanks_brand: missed "Cheers, bye."
notes_complete: missed "NOTES:"
register: missed "Date of birth?"
no_slang: missed "No worries mate"
uses_name: missed "Cheers. Yeah"
NOTE: "Good morning" at 14:10; "but" right after the apology; slang; no name used. Travel-notice tip after fixing is advice, not blame. Fail without fatal.

=== 31-telco-email-roaming-japan
account: telco
channel: email
locale: en
direction: inbound
started: 2026-03-07T07:30:00+00:00
---
@00:00 C: Hello, I'm travelling to Japan next Tuesday for two weeks. Can you make sure my mobile number 0817 6655 4433 works there? I need data as well. Thanks, Grace Miller
@150:00 A: Dear Ms Miller, thank you for contacting Nusanet; my name is Arif from the email care team. I have checked that your message comes from the email address registered on mobile account 0817 6655 4433, so I can help you directly. You'd like your number and data to work in Japan for two weeks from next Tuesday. International roaming is now active on your number, reference RMG-11820. For data, the Asia Roaming Pass gives you 10 GB for 15 days at Rp350.000; you can buy it in the Nusanet app under Roaming, and it starts when you first connect in Japan. Without a pass, data is charged per MB at a much higher rate, so I recommend buying it before you fly. To recap: roaming is active (RMG-11820) and the Asia pass can be bought in the app. If there is anything else I can help with, just reply to this email. Kind regards, Arif, Nusanet Customer Care
@210:00 C: Thanks Arif, I bought the pass. All good.
@240:00 A: Dear Ms Miller, thank you for confirming. The Asia Roaming Pass is on your account and will start when you connect in Japan. Have a wonderful trip. Kind regards, Arif, Nusanet Customer Care
ACW: 75s
DISPOSITION: resolved-first-contact
NOTES: Customer travelling to Japan (2 weeks from Tue 10 Mar). Verified registered email + MSISDN. Roaming activated ref RMG-11820; advised Asia Roaming Pass 10GB/15d Rp350.000 via app - customer bought it. Resolved.
LABELS
empathy_deescalation: na
within_limit: missed "ACW: 75s"
NOTE: good email thread; only ACW over 60 s. Empathy N/A (request, no problem); hold section N/A (email).

=== 32-shop-chat-wrong-colour
account: shop
channel: chat
locale: en
direction: inbound
started: 2026-03-11T10:05:00+07:00
---
C: Hi, I ordered a blue backpack but received a black one. Order BLJ-8841203.
+35 A: Good morning, this is Tasha from Belanja.id. I'm sorry you received the wrong colour, that's disappointing. Let me sort it out for you. Could you confirm the name and email on the account?
C: Nadia Rahman, nadia.r@mail.com
A: Thank you, Ms Rahman, that matches. So order BLJ-8841203 should be a blue backpack and a black one arrived. Is the item unused with the tags still on?
C: yes, tags on
A: Thank you. I've opened an exchange request with the seller, reference EXC-51207. A courier will collect the black backpack within two working days at no cost, and the seller ships the blue one once it's collected. If the blue one is out of stock, you'll get a full refund instead.
C: ok great
A: To recap: exchange EXC-51207, free pickup within two working days, the blue backpack ships after pickup, or a full refund if it's out of stock. Is there anything else I can help with?
C: no thanks
A: Thank you for shopping with Belanja.id, Ms Rahman. Have a great day!
END CALL
ACW: 40s
DISPOSITION: ticket-created
NOTES: Order BLJ-8841203 wrong colour (black instead of blue), unused with tags. Verified name + email. Exchange EXC-51207: free pickup within 2 working days, blue item ships after pickup; full refund if out of stock.
LABELS
no_unauthorised_promise: met "If the blue one is out of stock"
NOTE: model chat.

=== 33-bank-email-double-debit
account: bank
channel: email
locale: id
direction: inbound
started: 2026-03-09T21:10:00+07:00
---
@00:00 C: Selamat malam. Pembayaran tagihan listrik saya lewat mobile banking tanggal 8 Maret terpotong dua kali, masing-masing Rp450.000. Nomor rekening saya 5502 1188 30. Mohon segera dikembalikan. Salam, Kartika Sari
@720:00 A: Yth. Ibu Kartika Sari, terima kasih telah menghubungi Bank Sentosa. Saya Wahyu dari tim layanan email. Kami sudah memastikan email Ibu dikirim dari alamat yang terdaftar pada rekening 5502 1188 30. Mohon maaf atas ketidaknyamanan akibat pendebetan ganda ini. Kami melihat dua transaksi pembayaran listrik Rp450.000 pada 8 Maret, dan saya sudah mengajukan sanggahan untuk transaksi kedua dengan nomor referensi DSP-90315. Jika investigasi mengonfirmasi pendebetan ganda, dana Rp450.000 dikembalikan ke rekening Ibu. Ringkasnya: sanggahan DSP-90315 untuk transaksi kedua sudah diajukan. Jika ada pertanyaan lain, silakan balas email ini. Hormat kami, Wahyu, Bank Sentosa.
ACW: 45s
DISPOSITION: ticket-created
NOTES: Double debit electricity bill Rp450.000 on 8 Mar. Verified registered email + account no. Dispute DSP-90315 raised for second debit; refund if confirmed.
LABELS
name_feeling: missed "Mohon maaf atas ketidaknyamanan akibat"
ownership_next_step: missed "dengan nomor referensi DSP-90315"
notes_complete: missed "NOTES:"
NOTE: reference given but no time frame for the dispute (reply and notes); conditional refund is not a promise.

=== 34-outbound-au-saturday-after-five
account: outbound
channel: call
locale: en
direction: outbound
started: 2026-03-14T17:15:00+11:00
---
A: Good evening, this is Jack from Brightline Offers calling on behalf of Nusanet. May I speak with Ms Sophie Turner?
C: Speaking.
A: Thanks, Ms Turner. I'm calling about a new mobile plan offer for Nusanet customers. Is now a good time for a couple of minutes?
C: Not really, it's Saturday evening. And I'm happy with my current plan.
A: I understand a sales call on a Saturday evening is unwelcome, and I'm sorry for the interruption. Since you're happy with your current plan, I won't take more of your time. Would you like me to note that you're not interested in this offer?
C: Yes please.
A: Done, Ms Turner. Let me confirm: I've noted you're not interested in this offer, reference NI-22091, so this campaign won't call you again. Thank you for your time, and have a good evening from Brightline Offers.
C: Thanks, bye.
END CALL
ACW: 25s
DISPOSITION: not-interested
NOTES: Outbound TM mobile plan offer; called Sat 17:15 AEDT. Customer not interested, happy with current plan. Flagged NI-22091, excluded from this campaign.
LABELS
FATAL: outside_calling_hours
verified: na
before_disclosure: na
consent_dnc: missed "Good evening, this is Jack"
anything_else: missed "Done, Ms Turner."
NOTE: Australia Saturday window is 09:00-17:00; 17:15 +11 is outside even though a weekday would be fine. The call itself is polite.

=== 35-telco-outbound-followup-long-hold
account: telco
channel: call
locale: id
direction: outbound
started: 2026-03-13T08:05:00+07:00
---
A: Selamat pagi, saya Gilang dari Nusanet. Apakah saya berbicara dengan Ibu Sri Handayani?
C: Iya, saya.
A: Terima kasih, Bu Sri. Saya menelepon untuk menindaklanjuti laporan gangguan internet Ibu kemarin. Apakah sekarang waktu yang tepat untuk bicara sebentar?
C: Boleh, Mas.
A: Terima kasih, Bu. Sebelum saya sampaikan detail laporannya, mohon sebutkan tanggal lahir dan nomor pelanggan Ibu.
C: Dua Desember tujuh puluh delapan, nomor pelanggan 7781 6620.
A: Terima kasih, data sesuai. Laporan Ibu nomor TKT-88410 tentang internet yang mati sejak kemarin sore. Apakah sampai pagi ini internetnya masih mati?
C: Masih, Mas. Anak saya sekolah online, jadi repot sekali.
A: Mohon maaf, Bu, saya mengerti pasti repot sekali kalau anak harus sekolah online tanpa internet. Saya yang akan jadwalkan teknisi sekarang. Boleh saya minta izin menahan telepon sekitar satu sampai dua menit untuk cek jadwal teknisi?
C: Silakan.
HOLD 90
A: Terima kasih sudah menunggu, Bu Sri. Teknisi tersedia hari ini antara jam satu sampai jam tiga siang. Apakah ada orang di rumah pada jam tersebut?
C: Ada, saya di rumah.
A: Baik, sudah saya jadwalkan hari ini jam satu sampai tiga siang, masih dengan referensi TKT-88410. Teknisi akan menelepon sebelum datang.
C: Terima kasih, Mas.
A: Saya ulangi, Bu Sri: teknisi datang hari ini antara jam satu sampai tiga siang, referensi TKT-88410, dan akan menelepon sebelum datang. Ada lagi yang bisa saya bantu?
C: Tidak, itu saja.
A: Terima kasih atas waktunya, Bu Sri. Selamat pagi dari Nusanet.
END CALL
ACW: 50s
DISPOSITION: ticket-created
NOTES: Outbound follow-up on TKT-88410 (internet down since yesterday afternoon, child schooling online). Verified DOB + customer no. Technician booked today 13:00-15:00, will call before arrival.
LABELS
consent_dnc: met "Apakah sekarang waktu yang tepat"
hold_checkback: missed "HOLD START"
NOTE: telco (not outbound account) calling out at 08:05 Fri: inside hours. One 90 s hold with permission and thanks but no check-back after 60 s; total still under 120 s.

=== 36-shop-agent-interrupts
account: shop
channel: call
locale: en
direction: inbound
started: 2026-03-12T12:20:00+08:00
---
A: Good afternoon, thank you for calling Belanja.id, this is Rudy. How can I help?
C: Hi, I ordered a phone case five days ago, order BLJ-1023345, and the seller still hasn't shipped it, and when I messaged the seller—
-2 A: Sorry, can I have the order number?
C: I just said it. BLJ-1023345.
A: Thank you. And your name and registered email, please?
C: Priya Nair, priya.nair@mail.com.
A: Thank you, Ms Nair, you're verified. So the phone case on order BLJ-1023345 hasn't been shipped after five days. Orders not shipped within the seller's handling time can be cancelled for a full refund. Would you like me to cancel it, or give the seller one more day?
C: Cancel it, please. The seller stopped replying to my messages anyway.
A: I'm sorry the seller stopped replying, that's frustrating. Let me cancel it now. The order is cancelled, reference CNL-40917, and the refund of 85,000 rupiah goes back to your card within three to five working days.
C: Okay, thanks.
A: To recap: order BLJ-1023345 is cancelled, reference CNL-40917, refund to your card in three to five working days. Is there anything else I can help you with?
C: No.
A: Thank you for shopping with Belanja.id, Ms Nair. Have a good afternoon.
END CALL
ACW: 45s
DISPOSITION: resolved-first-contact
NOTES: Order BLJ-1023345 not shipped after 5 days, seller unresponsive. Verified name/order/email. Cancelled, ref CNL-40917, refund Rp85.000 to card within 3-5 working days.
LABELS
no_interrupt: missed "Sorry, can I have the order number?"
NOTE: agent talks over the customer and re-asks an order number already given; rest of the call is good.

=== 37-bank-chat-annual-fee-policy
account: bank
channel: chat
locale: id
direction: inbound
started: 2026-03-02T15:30:00+07:00
---
C: Sore, kenapa kartu kredit saya kena iuran tahunan 300rb? Dulu katanya gratis seumur hidup.
+40 A: Selamat sore, Kak. Saya Lina dari Bank Sentosa. Mohon maaf atas kebingungannya, saya bantu cek ya. Boleh info nama lengkap dan tanggal lahir Kakak?
C: Yohana Pertiwi, 17 Agustus 1991
A: Terima kasih. Mohon info juga 4 digit terakhir kartunya.
C: 8832
+130 A: Terima kasih Kak Yohana, data sesuai. Kartu Kakak adalah kartu Gold, iuran tahunannya Rp300.000 sesuai ketentuan.
C: Tapi waktu daftar sales bilang gratis seumur hidup!
A: Sesuai ketentuan tidak ada gratis seumur hidup untuk kartu Gold, Kak.
C: Jadi saya harus bayar? Kecewa sekali saya.
A: Saya mengerti Kakak kecewa. Saya ajukan permohonan pembebasan iuran dengan nomor WVR-22140. Hasilnya dikirim lewat SMS dalam tujuh hari kerja. Jika disetujui, iuran dikreditkan kembali ke tagihan.
C: Ya sudah.
A: Terima kasih telah menghubungi Bank Sentosa, Kak Yohana.
END CALL
ACW: 50s
DISPOSITION: ticket-created
NOTES: Customer disputes Rp300.000 annual fee on Gold card; says sales promised lifetime free. Verified name/DOB/last 4. Fee waiver request WVR-22140, result by SMS within 7 working days; credited back only if approved.
LABELS
probing: missed "Sesuai ketentuan tidak ada gratis"
acknowledge: missed "Kartu Kakak adalah kartu Gold"
no_triggers: missed "Sesuai ketentuan tidak ada gratis"
no_dead_air: missed "Kartu Kakak adalah kartu Gold"
no_unauthorised_promise: met "Jika disetujui"
summary: missed "Terima kasih telah menghubungi Bank Sentosa, Kak Yohana."
anything_else: missed "Terima kasih telah menghubungi Bank Sentosa, Kak Yohana."
NOTE: 130 s wait mid-chat (> 120), policy repeated as the answer before a waiver is offered; no recap. Fail without fatal.

=== 38-shop-email-change-address
account: shop
channel: email
locale: id
direction: inbound
started: 2026-03-05T06:45:00+07:00
---
@00:00 C: Selamat pagi, saya baru pindah rumah. Pesanan saya BLJ-7712046 (kursi kantor) masih berstatus "dikemas". Tolong alamat pengirimannya diganti ke Jl. Kenanga 8, Bekasi. Saya khawatir barangnya terkirim ke alamat lama. Terima kasih, Rudi Siregar
@260:00 A: Yth. Bapak Rudi Siregar, terima kasih telah menghubungi Belanja.id. Saya Mira dari layanan pelanggan. Email Bapak sudah kami cocokkan dengan alamat email terdaftar dan nomor pesanan BLJ-7712046. Alamat pengiriman tidak dapat diubah setelah pesanan dikemas penjual. Bapak dapat membatalkan pesanan tanpa biaya selama statusnya masih dikemas, lalu memesan ulang dengan alamat baru. Hormat kami, Mira, Belanja.id.
@300:00 C: Baik, sudah saya batalkan dan pesan ulang. Terima kasih.
ACW: 30s
DISPOSITION: resolved-first-contact
NOTES: Info alamat tidak bisa diubah.
LABELS
verified: met "Email Bapak sudah kami cocokkan"
acknowledge: missed "Alamat pengiriman tidak dapat diubah"
name_feeling: missed "Alamat pengiriman tidak dapat diubah"
apology: missed "Alamat pengiriman tidak dapat diubah"
ownership: missed "Bapak dapat membatalkan pesanan"
summary: missed "Hormat kami, Mira"
anything_else: missed "Hormat kami, Mira"
notes_complete: missed "NOTES:"
NOTE: correct but cold reply: the customer's worry is never named or apologised for, no "saya yang...", no recap or invitation to ask more; the alternative offered keeps the "tidak dapat" from being a bare refusal. Fail without fatal.
