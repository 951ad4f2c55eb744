use super::*;

#[test]
fn each_language_is_told_from_a_sentence_of_its_own() {
    let table: &[(&str, Language)] = &[
        (
            "The two ministers discussed trade and the situation in the region.",
            Language::En,
        ),
        (
            "两国领导人就双边关系和共同关心的国际问题交换了意见。",
            Language::Zh,
        ),
        (
            "両首脳は、二国間関係や地域情勢について意見交換を行いました。",
            Language::Ja,
        ),
        (
            "양국 정상은 양자 관계와 지역 정세에 대해 의견을 나눴다.",
            Language::Ko,
        ),
        (
            "Стороны обсудили вопросы двустороннего сотрудничества и ситуацию в регионе.",
            Language::Ru,
        ),
        (
            "Сторони обговорили питання двостороннього співробітництва та ситуацію в регіоні.",
            Language::Uk,
        ),
        (
            "Die beiden Minister sprachen über den Handel und die Lage in der Region.",
            Language::De,
        ),
        (
            "Les deux ministres ont évoqué le commerce et la situation dans la région.",
            Language::Fr,
        ),
        (
            "Los dos ministros conversaron sobre el comercio y la situación en la región.",
            Language::Es,
        ),
        (
            "I due ministri hanno discusso del commercio e della situazione nella regione.",
            Language::It,
        ),
        (
            "Os dois ministros conversaram sobre o comércio e a situação da região.",
            Language::Pt,
        ),
        (
            "İki bakan ticaret ve bölgedeki durum hakkında görüştü ve bu konuda mutabık kaldı.",
            Language::Tr,
        ),
        (
            "وبحث الوزيران العلاقات الثنائية والأوضاع في المنطقة.",
            Language::Ar,
        ),
        (
            "دو وزیر درباره روابط دوجانبه و تحولات منطقه گفتگو کردند.",
            Language::Fa,
        ),
        (
            "دونوں وزرائے خارجہ نے دوطرفہ تعلقات اور خطے کی صورتحال پر بات چیت کی۔",
            Language::Ur,
        ),
        (
            "दोनों मंत्रियों ने द्विपक्षीय संबंधों और क्षेत्र की स्थिति पर चर्चा की।",
            Language::Hi,
        ),
    ];
    for (text, expected) in table {
        assert_eq!(detect(text), *expected, "{text}");
    }
}

#[test]
fn names_in_latin_letters_do_not_change_the_script_decision() {
    assert_eq!(
        detect("习近平同法国总统马克龙（Emmanuel Macron）通电话。"),
        Language::Zh
    );
    assert_eq!(
        detect("Президент России Владимир Путин провёл разговор с Olaf Scholz."),
        Language::Ru
    );
}

#[test]
fn function_words_fit_the_lower_case_buffer() {
    for (_, list) in FUNCTION_WORDS {
        for word in *list {
            assert!(word.len() <= FUNCTION_WORD_BYTES, "{word}");
            assert_eq!(word.to_lowercase(), *word, "{word}");
        }
    }
}

#[test]
fn too_little_text_is_other() {
    for text in ["", "   ", "12/10/2023", "Xi", "😀 ✨"] {
        assert_eq!(detect(text), Language::Other, "{text:?}");
    }
}
