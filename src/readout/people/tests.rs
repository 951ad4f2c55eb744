use super::*;
use crate::readout::lang::people::words;

fn people(language: Language, text: &str) -> Vec<(String, String)> {
    find(text, 0, text.len(), language, words(language))
        .into_iter()
        .map(|p| (p.name, p.country))
        .collect()
}

fn pair(name: &str, country: &str) -> (String, String) {
    (name.to_string(), country.to_string())
}

/// A text in a language and the (name, country) pairs found in it.
type Case<'a> = (Language, &'a str, &'a [(&'a str, &'a str)]);

#[test]
fn office_then_name() {
    let cases: &[Case] = &[
        // A list of names after a comma, an "and" closing it; nationalities before the
        // office, paired in order.
        (
            Language::De,
            "telefonierte mit seinen russischen und französischen Amtskollegen, Iwan Petrow und Paul Martin.",
            &[("Iwan Petrow", "Russia"), ("Paul Martin", "France")],
        ),
        (
            Language::Es,
            "habló con los cancilleres de Chile, Perú y Bolivia, Ana Pérez, Juan Soto y Luis Vargas.",
            &[("Ana Pérez", "Chile"), ("Juan Soto", "Peru"), ("Luis Vargas", "Bolivia")],
        ),
        // No "and" closes it: only the name right after the office.
        (
            Language::De,
            "Bundeskanzler Olaf Scholz, Berlin, 3. Mai.",
            &[("Olaf Scholz", "")],
        ),
        (
            Language::Ru,
            "Президент Казахстана Нурсултан Назарбаев провел телефонный разговор с президентом России Владимиром Путиным.",
            &[("Нурсултан Назарбаев", "Kazakhstan"), ("Владимир Путин", "Russia")],
        ),
        (
            Language::Ru,
            "состоялся телефонный разговор президентов России и Казахстана Владимира Путина и Нурсултана Назарбаева.",
            &[("Владимир Путин", "Russia"), ("Нурсултан Назарбаев", "Kazakhstan")],
        ),
        (
            Language::De,
            "Zum Telefongespräch des Außenministers Russlands, Sergej Lawrow, mit dem Bundesaußenminister Deutschlands, Heiko Maas",
            &[("Sergej Lawrow", "Russia"), ("Heiko Maas", "Germany")],
        ),
        (
            Language::De,
            "zwischen dem russischen Außenminister Sergej Lawrow und dem deutschen Vizekanzler und Bundesminister des Auswärtigen Sigmar Gabriel, 13. September",
            &[("Sergej Lawrow", "Russia"), ("Sigmar Gabriel", "Germany")],
        ),
        (
            Language::Fr,
            "Entretien de Mme Catherine Colonna avec M. Antony Blinken",
            &[("Catherine Colonna", ""), ("Antony Blinken", "")],
        ),
        (
            Language::Fr,
            "le Président de la République Emmanuel Macron a reçu un appel.",
            &[("Emmanuel Macron", "")],
        ),
        (
            Language::It,
            "con il ministro degli Esteri della Federazione Russa Sergey Lavrov.",
            &[("Sergey Lavrov", "")],
        ),
        (
            Language::Ko,
            "문재인 대통령은 10일 밤 도널드 트럼프 미국 대통령과 30분간 전화통화를 갖고",
            &[("문재인", ""), ("도널드 트럼프", "United States")],
        ),
        (
            Language::Ja,
            "岸田文雄外務大臣は,ジョン・ケリー米国務長官(The Honorable John F. Kerry)の発意により",
            &[("岸田文雄", ""), ("ジョン・ケリー", "United States")],
        ),
        (
            Language::Ja,
            "菅義偉内閣総理大臣は、習近平・中華人民共和国主席との間で、",
            &[("菅義偉", ""), ("習近平", "")],
        ),
        (
            Language::Ar,
            "تلقى وزير الدولة، وزير الشؤون الخارجية، أحمد عطاف، مكالمة هاتفية من وزير الخارجية السوري، باسم الصباغ.",
            &[("أحمد عطاف", ""), ("باسم الصباغ", "")],
        ),
        (
            Language::Ar,
            "اتصالاً هاتفياً من معالي وزير خارجية الولايات المتحدة السيد أنتوني بلينكن.",
            &[("أنتوني بلينكن", "")],
        ),
        (
            Language::Fa,
            "مائورو وییرا وزیر امور خارجه برزیل تلفنی گفتگو کرد.",
            &[("مائورو وییرا", "")],
        ),
        // Institutions and places are no people.
        (Language::Ru, "Министерство иностранных дел Российской Федерации подтвердило", &[]),
        (Language::Ja, "日米外相電話会談", &[]),
        (Language::Ko, "윤영찬 한국대통령부 청와대 국민소통 수석비서가", &[]),
    ];
    for &(language, text, want) in cases {
        let want: Vec<_> = want.iter().map(|(n, c)| pair(n, c)).collect();
        assert_eq!(people(language, text), want, "{text}");
    }
}
