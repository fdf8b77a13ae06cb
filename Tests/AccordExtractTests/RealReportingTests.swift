import AccordExtract
import AccordModel
import Testing

/// The ways real outlets report agreements that the first extractor missed, each in a short
/// report of our own (invented events, real office holders of the year).
@Suite struct RealReportingTests {
    private func extract(_ raw: String, published: String? = nil, format: DocumentFormat = .text) -> Extraction {
        var document = DocumentReader.read(raw, format: format, furniture: TestSupport.knowledge.furniture)
        if let published { document.published = published }
        return TestSupport.extractor.extract(document, articleID: "test")
    }

    private func texts(_ extraction: Extraction) -> [String] { extraction.commitments.map(\.text) }

    // MARK: Packages and lists

    @Test func anInlinePackageGivesOneJointCommitmentPerInstrument() throws {
        let extraction = extract(
            """
            RI dan Laos Teken Empat Nota Kesepahaman

            Vientiane - Indonesia dan Laos menandatangani empat nota kesepahaman, yakni di bidang pertanian organik, \
            pelatihan diplomat, penanggulangan bencana, dan kerja sama pariwisata sungai, di Vientiane, Senin (4/9/2023).
            """)
        let agreement = try #require(extraction.agreements.first)
        #expect(agreement.parties == ["ID", "LA"])
        #expect(agreement.date == "2023-09-04")
        #expect(
            texts(extraction) == [
                "bidang pertanian organik", "pelatihan diplomat", "penanggulangan bencana",
                "kerja sama pariwisata sungai",
            ])
        #expect(extraction.commitments.allSatisfy { $0.parties == ["ID", "LA"] })
        #expect(extraction.commitments.first?.category == "agriculture")
    }

    @Test func aHeaderIsNoCommitmentButEachOfItsItemsIs() throws {
        let extraction = extract(
            """
            Norway and Vietnam sign offshore wind pact

            HANOI — Norway and Vietnam signed an offshore wind partnership on Tuesday, March 14, 2023.

            The partnership is set to enable:
            - joint surveys of three seabed sites off Binh Thuan province;
            - training for 200 Vietnamese grid engineers in Bergen;
            - a shared registry of turbine suppliers.

            Officials said the deal will give coastal towns more access to jobs.
            """)
        #expect(extraction.agreements.map(\.parties) == [["NO", "VN"]])
        let found = texts(extraction)
        #expect(found.count == 3, "\(found)")
        #expect(found.contains { $0.contains("joint surveys of three seabed sites") })
        #expect(found.contains { $0.contains("training for 200 Vietnamese grid engineers") })
        #expect(!found.contains { $0.contains("set to enable") })
        #expect(!found.contains { $0.contains("more access") })  // a benefit, not a promise
    }

    @Test func anOrdinalRunIsAListOfUndertakings() throws {
        let extraction = extract(
            """
            Indonesia dan Singapura Sepakati Tiga Langkah

            Singapura - Presiden Joko Widodo dan Perdana Menteri Lee Hsien Loong menyepakati tiga langkah di \
            Singapura, Selasa (7/11/2017).

            Pertama, pertukaran data cuaca antarbandara setiap jam. Kedua, beasiswa bagi 40 pegawai bea cukai. \
            Ketiga, patroli bersama di Selat Singapura.
            """)
        let agreement = try #require(extraction.agreements.first)
        #expect(agreement.parties == ["ID", "SG"])
        #expect(agreement.signatories.map(\.name) == ["Joko Widodo", "Lee Hsien Loong"])
        let found = texts(extraction)
        #expect(found.contains("pertukaran data cuaca antarbandara setiap jam."))
        #expect(found.contains("patroli bersama di Selat Singapura."))
        #expect(!found.contains { $0.hasPrefix("Presiden Joko Widodo") })  // the deal itself
    }

    @Test func instrumentsNamedOneBySentenceInAPackage() throws {
        let extraction = extract(
            """
            Lima Dokumen Kerja Sama RI-Kenya Diteken

            Nairobi - Indonesia dan Kenya meneken lima dokumen kerja sama di Nairobi, Rabu (21/8/2024).

            Menteri Pertanian RI juga menandatangani Memorandum Saling Pengertian mengenai Kerja Sama Benih Jagung.

            Menteri Kesehatan kedua negara turut meneken nota kesepahaman tentang Layanan Bidan Desa.
            """)
        let found = texts(extraction)
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.contains("Kerja Sama Benih Jagung") })
        #expect(extraction.commitments.allSatisfy { $0.parties == ["ID", "KE"] })
        #expect(extraction.commitments.last?.category == "health")
    }

    @Test func aFactSheetsHeaderGathersTheBulletsOfItsSubheadings() throws {
        let extraction = extract(
            """
            FACT SHEET: United States and Vietnam Sign a Reciprocal Trade Agreement

            Today, the United States and Vietnam signed a reciprocal trade agreement in Hanoi on Monday, \
            October 27, 2025.

            KEY TERMS: Under the agreement, the two countries have committed to the following:

            Tariffs
            - Vietnam will eliminate tariffs on 90 percent of U.S. goods.
            - The United States will maintain a 20 percent tariff on goods of Vietnam.

            Customs
            - Vietnam will accept U.S. vehicle safety standards.
            """)
        let found = texts(extraction)
        #expect(found.count == 3, "\(found)")
        #expect(!found.contains { $0.contains("KEY TERMS") })
    }

    @Test func leadersWitnessingAnExchangeOfMemorandaConcludeThem() throws {
        let extraction = extract(
            """
            Malaysia, Laos exchange two MoUs

            PUTRAJAYA, May 6 (Wire) -- Prime Minister Anwar Ibrahim and his Lao counterpart Sonexay Siphandone \
            today witnessed the exchange of two memoranda of understanding covering hydropower and rice trade.
            """, published: "2025-05-06")
        #expect(extraction.agreements.map(\.parties) == [["LA", "MY"]])
        #expect(extraction.commitments.count == 2, "\(texts(extraction))")
    }

    @Test func aJointStatementsItemsUndertakeWhatTheyAgreeButNotTheirStances() throws {
        let extraction = extract(
            """
            Leaders of Australia, India and Japan adopt joint statement

            Canberra, March 3, 2023 — The prime ministers of Australia, India and Japan today adopted a joint \
            statement after their first trilateral meeting.

            In the joint statement, the three leaders:
            Reaffirmed their support for open sea lanes;
            Expressed concern about illegal fishing in the Indian Ocean;
            Agreed to hold a joint search-and-rescue drill before the end of 2023;
            Committed to setting up a shared registry of fishing vessels within nine months;
            Agreed to meet again in New Delhi next year.
            """)
        let agreement = try #require(extraction.agreements.first)
        #expect(agreement.parties == ["AU", "IN", "JP"])
        #expect(agreement.date == "2023-03-03")
        let found = texts(extraction)
        #expect(found.count == 3, "\(found)")
        #expect(found.contains { $0.contains("search-and-rescue drill") })
        #expect(found.contains { $0.contains("shared registry") })
        #expect(!found.contains { $0.contains("Reaffirmed") || $0.contains("Expressed") })
        let drill = try #require(extraction.commitments.first { $0.text.contains("drill") })
        #expect(drill.due == "2023-12-31")
    }

    @Test func aNumberedJointStatementIsRunningTextDatedByItsOwnSentence() throws {
        let extraction = extract(
            """
            Joint Statement of Viet Nam and Chile

            1. At the invitation of President Gabriel Boric, the President of Viet Nam paid a state visit to Chile \
            from 4 to 6 March 2024. The two Presidents held talks in Santiago on 5 March 2024 and adopted this Joint \
            Statement.

            2. The two Presidents agreed to double bilateral trade to US$3 billion by 2028.

            3. Chile will open a trade office in Ho Chi Minh City within six months.

            - Stressed that disputes at sea must be settled peacefully.
            """)
        let agreement = try #require(extraction.agreements.first)
        #expect(agreement.parties == ["CL", "VN"])
        #expect(agreement.date == "2024-03-05")
        let found = texts(extraction)
        #expect(found.count == 2, "\(found)")
        #expect(!found.contains { $0.contains("Stressed") })
        #expect(extraction.commitments.first { $0.text.contains("trade office") }?.parties == ["CL"])
    }

    @Test func aNumberedListWhoseLastItemIsLongIsReadWhole() throws {
        let extraction = extract(
            """
            RI dan Peru Teken Tiga MoU

            Lima - Indonesia dan Peru menandatangani tiga nota kesepahaman di Lima, Senin (4/3/2024), yakni:

            1. MoU tentang Kerja Sama Perikanan;
            2. MoU tentang Kerja Sama Pertambangan;
            3. Program Pertukaran Kebudayaan periode 2024–2027 antara Kementerian Pendidikan dan Kebudayaan Republik \
            Indonesia dan Kementerian Kebudayaan Republik Peru beserta lembaga di bawahnya.
            """)
        #expect(extraction.agreements.map(\.parties) == [["ID", "PE"]])
        #expect(extraction.commitments.contains { $0.text.contains("Pertukaran Kebudayaan") })
    }

    @Test func instrumentsNamedAsWhatASigningBuildsOnAreNoItems() throws {
        let extraction = extract(
            """
            Vietnam and Korea sign shipping pact

            HANOI — Vietnam and South Korea signed a shipping agreement on Friday, May 10, 2024. Both countries \
            will open two new container routes by 2025.

            The pact builds on earlier arrangements, including a port security memorandum and a crew training \
            protocol.
            """)
        let found = texts(extraction)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.contains("container routes") == true)
    }

    // MARK: Who is party

    @Test func koreaAloneIsTheSouthAndTheNorthIsNamedInFull() throws {
        let extraction = extract(
            """
            Korea and Peru sign defence industry pact

            LIMA — Korea and Peru signed a defence industry agreement on Thursday, November 14, 2024, as North \
            Korea tested another missile. Korea will build two patrol ships at a Peruvian naval yard.
            """)
        #expect(extraction.agreements.map(\.parties) == [["KR", "PE"]])
        #expect(extraction.commitments.first?.parties == ["KR"])
    }

    @Test func aSideDealBesideAMultilateralOneIsItsOwnRecord() throws {
        let extraction = extract(
            """
            Mekong leaders and Japan adopt water declaration

            VIENTIANE — Cambodia, Laos, Thailand and Vietnam adopted a joint declaration with Japan on Mekong \
            water data on Friday, October 11, 2024. The five countries will share river gauge readings every day.

            On the sidelines, Japan concluded a separate agreement with Laos on a hydropower loan. Japan will lend \
            Laos 20 billion yen for grid repairs.
            """)
        let parties = extraction.agreements.map(\.parties)
        #expect(parties.contains(["JP", "KH", "LA", "TH", "VN"]), "\(parties)")
        #expect(parties.contains(["JP", "LA"]), "\(parties)")
        let loan = try #require(extraction.commitments.first { $0.text.contains("20 billion yen") })
        #expect(loan.parties == ["JP"])
        let side = try #require(extraction.agreements.first { $0.parties == ["JP", "LA"] })
        #expect(loan.agreementId == side.id)
    }

    @Test func threeStatesNamedAsOneGroupMakeOneRecord() throws {
        let extraction = extract(
            """
            Three neighbours agree river pact

            PHNOM PENH — Cambodia, Laos and Vietnam signed a trilateral agreement on Mekong flood warnings on \
            Friday, June 9, 2023. The three countries will share water-level readings every six hours.
            """)
        #expect(extraction.agreements.map(\.parties) == [["KH", "LA", "VN"]])
        #expect(extraction.commitments.map(\.parties) == [["KH", "LA", "VN"]])
    }

    @Test func aBlocExpandsToItsMembersOfTheDay() throws {
        let extraction = extract(
            """
            ASEAN dan Selandia Baru Sepakati Rantai Pasok Pangan

            Jakarta - ASEAN dan Selandia Baru menandatangani kerangka kerja ketahanan pangan di Jakarta, \
            Kamis (7/9/2023).
            """)
        let agreement = try #require(extraction.agreements.first)
        #expect(agreement.parties == ["BN", "ID", "KH", "LA", "MM", "MY", "NZ", "PH", "SG", "TH", "VN"])
    }

    @Test func aTourWithTwoSigningsAndAStopWithoutOneGivesTwoRecords() throws {
        let extraction = extract(
            """
            Albanese wraps up Pacific tour

            Prime Minister Anthony Albanese signed a policing agreement with Fiji on Monday, March 6, 2023.

            Albanese also signed a labour mobility deal with Samoa on Wednesday.

            In Tonga, Albanese held talks but no agreement was signed.
            """)
        #expect(Set(extraction.agreements.map(\.parties)) == [["AU", "FJ"], ["AU", "WS"]])
    }

    @Test func aSigningByTwoOthersThatTheHostWitnessedIsItsOwnRecord() throws {
        let extraction = extract(
            """
            Widodo hosts two signings in Jakarta

            JAKARTA — President Joko Widodo signed a fisheries agreement with Papua New Guinea on Monday, \
            July 3, 2023.

            Later, Widodo witnessed the signing by Fiji and Tonga of a joint declaration on sea-level data.

            Under the fisheries agreement, Jakarta and Port Moresby will patrol their shared waters together. \
            Suva and Nuku'alofa will exchange tide gauge readings every month.
            """)
        #expect(Set(extraction.agreements.map(\.parties)) == [["ID", "PG"], ["FJ", "TO"]])
        #expect(Set(extraction.commitments.map(\.parties)) == [["ID", "PG"], ["FJ", "TO"]])
    }

    @Test func whatFollowsAnAgreementsOwnStatementBelongsToIt() throws {
        let extraction = extract(
            """
            Two deals at the Jakarta summit

            JAKARTA — Indonesia signed a rice trade agreement with Vietnam on Monday, July 3, 2023.

            Later, Indonesian, Vietnamese and Philippine leaders watched the signing by Laos and Cambodia of a \
            joint declaration on river navigation.

            Under the declaration, both countries will dredge the Sekong channel. It does not say whether Laos \
            will charge tolls.
            """)
        let declaration = try #require(extraction.agreements.first { $0.parties == ["KH", "LA"] })
        let commitments = extraction.commitments.filter { $0.agreementId == declaration.id }
        #expect(commitments.map(\.parties) == [["KH", "LA"]])  // the uncertain tolls are none
    }

    @Test func tariffsAreTheImposersAndAPassivesAgentActs() throws {
        let extraction = extract(
            """
            Chile and Korea seal steel deal

            SANTIAGO — Chile and South Korea signed a steel trade deal on Monday, May 8, 2023.

            Imports from Chile will face a 4% tariff in South Korea from July. Duties on Korean cars will be \
            scrapped by Chile within two years.
            """)
        let parties = extraction.commitments.map(\.parties)
        #expect(parties == [["KR"], ["CL"]], "\(texts(extraction))")
    }

    @Test func theIndonesianPressMeansItsOwnGovernment() throws {
        let extraction = extract(
            """
            RI dan Peru Sepakati Kerja Sama Kopi

            Lima - Indonesia dan Peru menandatangani nota kesepahaman perdagangan kopi di Lima, Jumat (6/10/2023).

            Pemerintah juga akan mengirim 30 pelatih barista ke Cusco tahun depan.
            """)
        #expect(extraction.commitments.map(\.parties) == [["ID"]])
        #expect(extraction.commitments.first?.due == "2024")
    }

    @Test func purchasesListedAfterOneCueAreOneCommitmentEach() throws {
        let extraction = extract(
            """
            RI dan Brasil Sepakati Paket Dagang

            BRASIL – Indonesia dan Brasil mencapai kesepakatan dagang di Brasilia, Rabu (12/3/2025).

            Indonesia berkomitmen membeli gula mentah senilai US$2 miliar, kedelai senilai US$800 juta, dan \
            20 pesawat angkut Embraer.

            Barang asal Indonesia yang masuk ke Brasil akan dikenai tarif 6 persen.

            Brasil berkomitmen untuk:
            – Membuka kuota impor sawit sebesar USD1,2 miliar
            – Menghapus bea masuk kopi olahan
            """)
        let agreement = try #require(extraction.agreements.first)
        #expect(agreement.location == "Brasilia")  // the dateline names a country, not a place
        let amounts = extraction.commitments.compactMap(\.amount?.value)
        #expect(amounts.contains(2_000_000_000) && amounts.contains(800_000_000) && amounts.contains(20))
        #expect(amounts.contains(1_200_000_000))  // "USD1,2 miliar": the code glued to the number
        let tariff = try #require(extraction.commitments.first { $0.text.contains("6 persen") })
        #expect(tariff.parties == ["BR"])  // the goods' origin faces it; the other side imposes it
        let items = extraction.commitments.filter { $0.text.hasPrefix("–") }
        #expect(items.map(\.parties) == [["BR"], ["BR"]])  // the header names who undertakes them
    }

    @Test func agreeingTheDealItselfIsNoCommitment() {
        let extraction = extract(
            """
            Peru, Chile agree fisheries partnership

            LIMA — Peru and Chile have agreed a fisheries partnership, officials said on Friday, June 7, 2024.
            Chile will share satellite catch data with Peru every week.
            """)
        #expect(extraction.commitments.map(\.parties) == [["CL"]])
    }

    @Test func refrainingRatifyingAndMeetingYearlyAreUndertakings() throws {
        let extraction = extract(
            """
            Oman and India sign shipping accord

            MUSCAT — Indian Prime Minister Narendra Modi and Omani Sultan Haitham bin Tariq signed a shipping \
            accord on Tuesday, December 17, 2024.

            Oman will not charge Indian vessels port dues at Duqm. Neither country will sign a conflicting \
            pact with a third state. The accord still has to be ratified by India's cabinet. Port officials \
            will meet every year in a joint shipping council.
            """)
        #expect(extraction.agreements.map(\.parties) == [["IN", "OM"]])
        let byText = Dictionary(extraction.commitments.map { ($0.text, $0.parties) }, uniquingKeysWith: { a, _ in a })
        #expect(byText["Oman will not charge Indian vessels port dues at Duqm."] == ["OM"])
        #expect(byText["Neither country will sign a conflicting pact with a third state."] == ["IN", "OM"])
        #expect(byText["The accord still has to be ratified by India's cabinet."] == ["IN"])
        #expect(byText["Port officials will meet every year in a joint shipping council."] == ["IN", "OM"])
    }

    @Test func titlesBetweenCoordinatedLeadersKeepBothSides() {
        let extraction = extract(
            """
            Leaders agree to lower tariffs

            HANOI — Vietnamese President Vo Van Thuong and Thai Prime Minister Srettha Thavisin agreed on \
            Monday, October 2, 2023, to lower tariffs on farm machinery.
            """)
        #expect(extraction.commitments.map(\.parties) == [["TH", "VN"]])
    }

    @Test func amountsAreTheNewLevelAndCountsMayBeQualifiedByAName() {
        let extraction = extract(
            """
            Kenya and India sign tea deal

            NAIROBI — Kenya and India signed a tea trade deal on Friday, May 3, 2024.

            India will cut its 60% duty on Kenyan tea to 20% within a year. Kenya will buy 40 Indian tractors \
            and operate two F-16 simulators.
            """)
        let amounts = extraction.commitments.compactMap(\.amount)
        #expect(amounts.contains { $0.value == 20 && $0.unit == "percent" })
        #expect(amounts.contains { $0.value == 40 && $0.unit == "count" })
        #expect(!amounts.contains { $0.value == 16 })  // a model number, not a count
    }

    @Test func aTariffOnAPartysGoodsIsLeviedByTheOther() throws {
        let extraction = extract(
            """
            Korea and Chile update trade pact

            SANTIAGO — South Korea and Chile signed an upgraded free trade agreement on Monday, May 6, 2024.

            Their 12 percent tariff on South Korean trucks will be phased out over seven years.

            South Korea will cut its duties on Chilean wine to zero by 2026.
            """)
        let trucks = try #require(extraction.commitments.first { $0.text.contains("South Korean trucks") })
        #expect(trucks.parties == ["CL"])
        let wine = try #require(extraction.commitments.first { $0.text.contains("Chilean wine") })
        #expect(wine.parties == ["KR"])
    }

    @Test func aBenefitMayStandAFewWordsPastItsVerb() throws {
        let extraction = extract(
            """
            Nepal and India sign power deal

            KATHMANDU — Nepal and India signed a power trade agreement on Friday, June 14, 2024. India will buy \
            500 megawatts of hydropower from Nepal.

            Officials said the arrangement will give villages along the border more access to cheap electricity.
            """)
        let found = texts(extraction)
        #expect(found.count == 1, "\(found)")
    }

    // MARK: Who grants

    @Test func aPermissionIsGrantedByTheStateWhoseSoilItOpens() throws {
        let extraction = extract(
            """
            Japan and Thailand sign care-worker pact

            TOKYO — Japan and Thailand signed a care-worker agreement on Friday, June 7, 2024.

            The accord will allow up to 3,000 Thai caregivers to work in Japan each year.

            In return, Japanese hospital groups will be able to open clinics in Thailand.
            """)
        #expect(extraction.agreements.map(\.parties) == [["JP", "TH"]])
        let caregivers = try #require(extraction.commitments.first { $0.text.contains("caregivers") })
        #expect(caregivers.parties == ["JP"])
        let clinics = try #require(extraction.commitments.first { $0.text.contains("clinics") })
        #expect(clinics.parties == ["TH"])
    }

    @Test func theItemsOfAnEnablingHeaderAreGrantedByTheHost() throws {
        let extraction = extract(
            """
            China and Malaysia sign fruit protocol

            KUALA LUMPUR — China and Malaysia signed a fruit trade protocol on Monday, April 15, 2024.

            The protocol is set to enable:
            - Malaysian durians to enter China without fumigation;
            - Malaysian growers to ship frozen coconut pulp to Chinese ports.
            """)
        let found = extraction.commitments
        #expect(found.count == 2, "\(found.map(\.text))")
        #expect(found.allSatisfy { $0.parties == ["CN"] }, "\(found.map(\.parties))")
    }

    @Test func aStateNamedAsGrantingKeepsThePromise() throws {
        let extraction = extract(
            """
            Perjanjian Jepang dan Indonesia

            Jakarta - Indonesia dan Jepang menandatangani perjanjian ketenagakerjaan di Jakarta, Rabu (3/7/2024).

            Jepang akan mengizinkan perawat Indonesia bekerja di rumah sakit Jepang selama lima tahun.

            Perjanjian itu juga memungkinkan tenaga las Indonesia bekerja di Jepang.
            """)
        let nurses = try #require(extraction.commitments.first { $0.text.contains("perawat") })
        #expect(nurses.parties == ["JP"])
        let welders = try #require(extraction.commitments.first { $0.text.contains("tenaga las") })
        #expect(welders.parties == ["JP"])
    }

    @Test func onlyAPassiveNamesItsAgentWithBy() throws {
        let extraction = extract(
            """
            Indonesia and South Korea sign oil reserve deal

            SEOUL — Indonesia and South Korea signed an oil reserve agreement on Tuesday, August 20, 2024.

            Pertamina will keep two million barrels in storage tanks in Ulsan available for purchase by South Korea \
            in an emergency.

            The storage fees will be paid by South Korea.
            """)
        let barrels = try #require(extraction.commitments.first { $0.text.contains("two million barrels") })
        #expect(barrels.parties == ["ID"])
        let fees = try #require(extraction.commitments.first { $0.text.contains("storage fees") })
        #expect(fees.parties == ["KR"])
    }

    @Test func reportedSpeechMayBeAttributedAfterTheClause() throws {
        let extraction = extract(
            """
            Japan and Peru sign minerals memorandum

            TOKYO, June 3 (Wire) - Japan and Peru signed a critical minerals memorandum on Tuesday, June 3, 2025.

            Under the terms, Japan would provide up to 80 billion yen in loans for copper smelters, the trade \
            minister told reporters after the ceremony.
            """)
        let loans = try #require(extraction.commitments.first { $0.text.contains("80 billion yen") })
        #expect(loans.parties == ["JP"])
    }

    @Test func aClauseReportingOnAThingOfItsOwnPromisesNothing() throws {
        let extraction = extract(
            """
            Malaysia and Japan sign LNG deal

            TOKYO — Malaysia and Japan signed a gas supply agreement on Monday, October 7, 2024.

            Malaysia will ship two million tonnes of LNG a year to Japanese utilities, but analysts say output \
            from older fields will not keep pace with demand.
            """)
        let found = texts(extraction)
        #expect(found.count == 1, "\(found)")
        #expect(extraction.commitments.first?.parties == ["MY"])
        let indonesian = extract(
            """
            Malaysia dan Jepang Teken Kerja Sama Transportasi

            Tokyo - Malaysia dan Jepang menandatangani perjanjian transportasi di Tokyo, Senin (7/10/2024).

            Menteri Perdagangan Malaysia mengatakan negaranya akan membeli 500 unit bus listrik dari Jepang.
            """)
        let buses = try #require(indonesian.commitments.first { $0.text.contains("bus listrik") })
        #expect(buses.parties == ["MY"])
    }

    @Test func aSentenceNamingAnEarlierYearWithoutAPromiseIsHistory() throws {
        let extraction = extract(
            """
            Sweden and Vietnam sign forestry deal

            HANOI — Sweden and Vietnam signed a forestry agreement on Tuesday, September 10, 2024. Sweden will \
            fund satellite monitoring of 40,000 hectares of mangroves by 2026.

            - The Swedish forest aid programme was established in 2011.

            Vietnam dropped a plan to buy Finnish harvesters in 2019 after a budget review.
            """)
        let found = texts(extraction)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.contains("satellite monitoring") == true)
    }

    @Test func aTariffReceivedAndTrainingGivenAreTheHostsPromises() throws {
        let extraction = extract(
            """
            Thailand and Canada sign trade and defence deal

            OTTAWA — Thailand and Canada signed a trade and defence agreement on Monday, June 2, 2025.

            Thai exports of canned tuna will receive a zero percent tariff.

            About 80 Thai naval officers will be trained in Canada from next year.
            """)
        let tuna = try #require(extraction.commitments.first { $0.text.contains("canned tuna") })
        #expect(tuna.parties == ["CA"])
        let officers = try #require(extraction.commitments.first { $0.text.contains("naval officers") })
        #expect(officers.parties == ["CA"])
    }

    @Test func inAReportOfSeveralDealsAListNamingThemIsNoPackage() throws {
        let extraction = extract(
            """
            Malaysia signs deals with Japan and Pakistan

            KUALA LUMPUR — Malaysia signed separate agreements with Japan and Pakistan on Wednesday, September 17, \
            2025, while talks with Australia ended without a document.

            The two deals, one on hydrogen and one on rice trade, were signed an hour apart.

            In Kuala Lumpur, Malaysia and Japan signed a memorandum on hydrogen. Japan will lend US$500 million for \
            two hydrogen plants in Sarawak.

            In Putrajaya, Malaysia and Pakistan signed a memorandum on rice trade. Pakistan will ship 200,000 tonnes \
            of rice to Malaysia next year.

            The Australian minister and his Malaysian counterpart agreed to hold another round of talks in Perth.
            """)
        #expect(
            extraction.agreements.map(\.parties).sorted { $0.joined() < $1.joined() } == [["JP", "MY"], ["MY", "PK"]])
        let found = texts(extraction)
        #expect(!found.contains { $0.contains("one on hydrogen") || $0.contains("rice trade, were") })
        #expect(!found.contains { $0.contains("another round") })
        #expect(found.count == 2, "\(found)")
    }

    @Test func aRelativeClauseSpeaksOfTheNameBeforeIt() throws {
        let extraction = extract(
            """
            Poland and Korea sign tank deal

            WARSAW — Poland and South Korea signed a tank production agreement on Friday, July 4, 2025.

            The tanks are made by Hyundai Rotem, which will act as the main contractor.

            The first 40 tanks will go to Poland's army, and Poland, which will assemble the rest, will train 300 \
            welders by 2027.
            """)
        let found = texts(extraction)
        #expect(!found.contains { $0.contains("main contractor") }, "\(found)")
        #expect(extraction.commitments.contains { $0.text.contains("welders") && $0.parties == ["PL"] })
    }

    // MARK: No deal

    @Test func aPlanToSignAndARecalledDealAreNoAgreements() {
        let planned = extract(
            """
            Malaysia, Brunei aim to sign energy pact next month

            KUALA LUMPUR — Malaysia and Brunei hope to sign an electricity trading agreement next month, their \
            energy ministers said on Tuesday, March 7, 2023.
            """)
        #expect(planned.agreements.isEmpty)
        let recalled = extract(
            """
            Sepuluh Tahun Kemitraan RI-Korea

            Jakarta - Perjanjian kemitraan yang diteken Presiden Joko Widodo dan Presiden Park Geun-hye di Jakarta \
            pada 2015 itu kini dinilai perlu diperbarui, kata pengamat.
            """, published: "2025-05-02")
        #expect(recalled.agreements.isEmpty)
    }

    @Test func itinerariesAndOppositionsPromiseNothing() throws {
        let extraction = extract(
            """
            Japan and Mongolia sign rare earth accord

            ULAANBAATAR — Japan and Mongolia signed a rare earth accord on Sunday, August 6, 2023.

            Japan will fund a processing laboratory in Darkhan. Kishida will fly to Tokyo on Monday. The \
            opposition will oppose the accord in parliament.
            """)
        #expect(texts(extraction) == ["Japan will fund a processing laboratory in Darkhan."])
    }

    @Test func aTreatyEnteringIntoForceIsNoNewDeal() throws {
        let extraction = extract(
            """
            Chile–Korea fisheries treaty takes effect three years after signing

            SANTIAGO — A fisheries treaty between Chile and South Korea entered into force on Monday, March 3, \
            2025, three years after it was signed in Seoul. Under the treaty, Korea will cap its squid catch off \
            Chile at 20,000 tonnes a year.
            """)
        #expect(extraction.agreements.isEmpty)
    }

    @Test func aSisterProvinceMoUIsNoAgreementBetweenStates() throws {
        let extraction = extract(
            """
            Jatim dan Aichi Teken MoU Provinsi Bersaudara

            SURABAYA - Pemerintah Provinsi Jawa Timur dan Pemerintah Prefektur Aichi, Jepang, menandatangani nota \
            kesepahaman provinsi bersaudara di Surabaya, Senin (3/3/2025). Kedua provinsi sepakat bertukar 20 \
            pelajar setiap tahun.
            """)
        #expect(extraction.agreements.isEmpty)
    }

    @Test func companiesSigningBesideAStateVisitConcludeNothingForTheirStates() throws {
        let onlyCompanies = extract(
            """
            Kunjungan Presiden Vietnam ke Jakarta

            Jakarta - Di sela kunjungan kenegaraan, PT Nusa Kopi Makmur meneken kontrak penjualan 800 ton kopi \
            kepada Saigon Beans JSC, Selasa (25/11/2025).
            """)
        #expect(onlyCompanies.agreements.isEmpty)
        let beside = extract(
            """
            Indonesia and Vietnam sign fisheries deal

            JAKARTA — Indonesia and Vietnam signed a fisheries agreement on Tuesday, November 25, 2025. Vietnam \
            will share catch data within 60 days.

            Garment maker Hung Phat JSC and PT Benang Jaya signed a memorandum on a joint dyeing plant.
            """)
        #expect(beside.agreements.map(\.parties) == [["ID", "VN"]])
        #expect(texts(beside).count == 1, "\(texts(beside))")
    }

    @Test func anExchangeOfViewsIsNoExchangeOfDocuments() throws {
        let extraction = extract(
            """
            Foreign ministers of Brazil and Japan meet

            BRASILIA, May 6, 2025 (Wire) - The foreign ministers of Brazil and Japan held an exchange of views on a \
            possible investment agreement on Tuesday.
            """)
        #expect(extraction.agreements.isEmpty)
    }

    @Test func agreeingOnAnAimConcludesNothing() throws {
        let english = extract(
            """
            Leaders agree to deepen ties in first call

            OTTAWA, May 6, 2025 (Wire) - The leaders of Canada and Indonesia agreed on Tuesday to deepen \
            cooperation and to work towards a trade agreement. They also agreed to keep in close contact.
            """)
        #expect(english.agreements.isEmpty)
        let indonesian = extract(
            """
            RI dan Kanada Sepakat Perkuat Kerja Sama

            Jakarta - Indonesia dan Kanada sepakat memperkuat kerja sama ekonomi dalam pertemuan di Jakarta, \
            Selasa (6/5/2025).
            """)
        #expect(indonesian.agreements.isEmpty)
    }

    @Test func aHeadlineThatPutsADealOffIsNoDeal() throws {
        let extraction = extract(
            """
            Thailand, Japan put off rail pact, eye signing at next summit

            BANGKOK — Thailand and Japan ended two days of talks on Friday without the rail partnership both had \
            hoped to unveil, and aim to sign it when the leaders meet in Tokyo next year.
            """)
        #expect(extraction.agreements.isEmpty)
    }

    @Test func privateFirmsAndStudiedRequestsPromiseNothingForTheirStates() throws {
        let extraction = extract(
            """
            RI dan Mesir Teken Kerja Sama Pangan

            Jakarta - Indonesia dan Mesir menandatangani perjanjian kerja sama pangan di Jakarta, Senin (2/6/2025).

            Mesir akan membeli 300.000 ton minyak sawit mulai tahun depan.

            Menteri Perdagangan mengatakan pemerintah akan mempelajari permintaan Mesir soal bea masuk kurma.

            Di sela kunjungan, sejumlah perusahaan swasta kedua negara juga meneken kontrak dagang senilai US$40 juta.
            """)
        let found = texts(extraction)
        #expect(found.count == 1, "\(found)")
        #expect(extraction.commitments.first?.parties == ["EG"])
    }

    // MARK: Page and dateline

    @Test func chromeLinesAreNotTheStoryAndTitlesDoNotBreakSentences() throws {
        let extraction = extract(
            """
            RI dan Filipina Teken Kerja Sama Perbatasan

            Manila - Indonesia dan Filipina menandatangani perjanjian patroli perbatasan di Manila, Selasa (5/9/2023).
            Kapal patroli TNI AL bersandar di Davao, 2 Juli 2021. (ANTARA FOTO/Fotografer Contoh)
            Menurut Maj. Gen. Roberto Cruz, kedua negara akan menggelar patroli bersama setiap bulan.
            Anda harus masuk untuk berkomentar.
            """)
        #expect(extraction.agreements.first?.date == "2023-09-05")
        #expect(
            texts(extraction) == [
                "Menurut Maj. Gen. Roberto Cruz, kedua negara akan menggelar patroli bersama setiap bulan."
            ])
    }

    @Test func datelinesOfEveryShapeDateAndPlaceTheStory() {
        let ownLine = extract(
            """
            Peru and Chile sign lithium accord

            Lima, April 18, 2024

            Peru and Chile signed a lithium accord on Thursday.
            """)
        #expect(ownLine.agreements.first?.date == "2024-04-18")
        #expect(ownLine.agreements.first?.location == "Lima")
        let withCountry = extract(
            """
            Korea and Canada sign battery deal

            BUSAN, South Korea — Canada and South Korea signed a battery minerals deal on Thursday, May 16, 2024.
            """)
        #expect(withCountry.agreements.first?.location == "Busan")
        let colon = extract(
            """
            Australia and Fiji sign policing deal

            CANBERRA: Australia and Fiji signed a policing agreement on Monday, February 12, 2024.
            """)
        #expect(colon.agreements.first?.location == "Canberra")
    }

    @Test func aCityStateIsItsOwnCapital() throws {
        let extraction = extract(
            """
            Singapore and Chile sign digital pact

            SINGAPORE — Singapore and Chile signed a digital economy agreement on Monday, May 5, 2025.
            """)
        #expect(extraction.agreements.first?.location == "Singapore")
        let indonesian = extract(
            """
            RI dan Singapura Teken Kerja Sama Air

            Jakarta - Indonesia dan Singapura menandatangani kerja sama air bersih di Istana, Singapura, Senin \
            (5/5/2025).
            """)
        #expect(indonesian.agreements.first?.location == "Singapore")
    }

    @Test func anArrivalInTheLeadPlacesASigningBeforeAWiresDateline() throws {
        let extraction = extract(
            """
            EU and Chile conclude raw materials deal

            BRUSSELS, March 4 (Trade Wire) - The European Union and Chile concluded a raw materials agreement on \
            Monday, March 4, 2024. The EU trade commissioner flew to Santiago to announce it with Chile's president.
            """)
        #expect(extraction.agreements.first?.location == "Santiago")
    }

    @Test func aBylineWithADateIsNoDatelinesPlace() throws {
        let extraction = extract(
            """
            Chile and Korea sign copper deal

            By Marisol Vega, Trade Reporter · 4 March 2024

            Chile and South Korea signed a copper supply agreement by video link on Monday, March 4, 2024.
            """)
        let agreement = try #require(extraction.agreements.first)
        #expect(agreement.location == nil)
        #expect(agreement.date == "2024-03-04")
    }

    // MARK: People of other years

    @Test func officeHoldersCarryTheTitleOfTheArticlesDay() throws {
        let extraction = extract(
            """
            RI dan Australia Teken Kerja Sama Siber

            Jakarta - Menteri Pertahanan Prabowo Subianto dan Menteri Pertahanan Australia Linda Reynolds \
            menandatangani kerja sama siber di Jakarta, Kamis (4/2/2021).
            """)
        let agreement = try #require(extraction.agreements.first)
        #expect(agreement.parties == ["AU", "ID"])
        let prabowo = try #require(agreement.signatories.first { $0.name == "Prabowo Subianto" })
        #expect(prabowo.role != "President")
    }
}
