//! Each hint, on answers that should and should not show it.

use super::*;
use crate::domain::whys::tree::sample;

fn kinds(text: &str, depth: usize, root: bool) -> Vec<HintKind> {
    answer_hints(
        text,
        Some("The callback rota has gaps"),
        "Repeat calls",
        depth,
        root,
    )
    .into_iter()
    .map(|h| h.kind)
    .collect()
}

fn has(text: &str, kind: HintKind) -> bool {
    kinds(text, 4, true).contains(&kind)
}

#[test]
fn blame_on_a_person_is_hinted() {
    for text in [
        "The agent forgot to log the call",
        "John didn't follow the script",
        "Because Priya forgot",
        "Careless data entry",
        "Human error",
        "A staff mistake at the counter",
        "The adviser didn’t check the address",
        "Lazy staff",
        "Only Sarah knows the refund process",
        "Because Tom is on leave on Mondays",
        "The driver ignored the safe-place note",
        "The agent failed to log the call",
        "Calls were ignored by staff",
    ] {
        assert!(has(text, HintKind::Blame), "{text}");
    }
    let reason = &answer_hints("Because the agent forgot to log it", None, "x", 4, true)[0].reason;
    assert!(reason.starts_with("\"the agent forgot\": "), "{reason}");
    let reason = &answer_hints("John didn't follow the script", None, "x", 4, true)[0].reason;
    assert_eq!(
        reason,
        "\"John didn't follow\": this puts it on a person; ask why the process allowed it"
    );
}

#[test]
fn process_gaps_are_not_blame() {
    for text in [
        "The form has no address field",
        "The system didn't send the email",
        "Nobody owns the callback rota",
        "Deliveries failed to arrive on time",
        "The Evri depot closes at 5pm",
        "Calls route through Genesys first",
        "Refunds need Credit Control to sign off",
        "NPS fell after the CRM change",
        "Because Hermes failed to deliver",
        "The system failed to send the letter",
        "The Zendesk macro is out of date",
        "Agents have no access to billing",
        "Monday rotas are set on Friday",
        "The blameless review found a gap",
    ] {
        assert!(!has(text, HintKind::Blame), "{text}");
    }
    assert!(
        !kinds("The agent forgot", 4, false).contains(&HintKind::Blame),
        "only on a root cause"
    );
}

#[test]
fn vague_words_are_named() {
    let h = answer_hints("A lack of training", None, "Repeat calls", 1, false);
    assert_eq!(h[0].kind, HintKind::Vague);
    assert!(
        h[0].reason.starts_with("\"lack of\" is vague"),
        "{}",
        h[0].reason
    );
    for (text, word) in [
        ("Poor handover notes", "Poor"),
        ("Inadequate staffing", "Inadequate"),
        ("INSUFFICIENT cover on Mondays", "INSUFFICIENT"),
        ("The script is not good enough", "not good enough"),
        ("Bad data", "Bad"),
    ] {
        let h = answer_hints(text, None, "Repeat calls", 1, false);
        assert!(
            h.iter()
                .any(|h| h.kind == HintKind::Vague && h.reason.contains(&format!("\"{word}\""))),
            "{text}: {h:?}"
        );
    }
    for text in [
        "Poorly worded letter",
        "A black offer",
        "Badge readers fail",
        "The rota has two gaps on Mondays",
    ] {
        assert!(!has(text, HintKind::Vague), "{text}");
    }
}

#[test]
fn shallow_root_causes_are_hinted() {
    assert!(kinds("Rota gap on Mondays", 1, true).contains(&HintKind::Shallow));
    assert!(kinds("Rota gap on Mondays", 2, true).contains(&HintKind::Shallow));
    assert!(!kinds("Rota gap on Mondays", 3, true).contains(&HintKind::Shallow));
    assert!(!kinds("Rota gap on Mondays", 1, false).contains(&HintKind::Shallow));
    let h = answer_hints("Rota gap", None, "x", 2, true);
    assert!(h[0]
        .reason
        .contains("most root causes are three or more whys deep"));
}

#[test]
fn causes_outside_control_are_hinted() {
    for (text, what) in [
        ("The weather", "The weather"),
        ("Customers give the wrong postcode", "Customers"),
        ("The Royal Mail strike", "Royal Mail"),
        ("The government changed the rules", "The government"),
        ("Our supplier ships late", "supplier"),
    ] {
        let h = answer_hints(text, None, "x", 4, true);
        let hint = h.iter().find(|h| h.kind == HintKind::OutsideControl);
        assert!(
            hint.is_some_and(|h| h.reason.contains(&format!("\"{what}\""))),
            "{text}: {h:?}"
        );
    }
    assert!(hint_free(
        "The rota ignores bank staff",
        HintKind::OutsideControl
    ));
    assert!(hint_free(
        "Strikethrough text in the letter",
        HintKind::OutsideControl
    ));
    assert!(!kinds("The weather", 4, false).contains(&HintKind::OutsideControl));
}

fn hint_free(text: &str, kind: HintKind) -> bool {
    !has(text, kind)
}

#[test]
fn restating_the_question_is_hinted() {
    assert!(has(
        "Because the callback rota has gaps",
        HintKind::Restates
    ));
    assert!(
        has("Gaps in the callback rotas", HintKind::Restates),
        "plurals and order"
    );
    assert!(
        !has("Customers make repeat calls", HintKind::Restates),
        "half new words"
    );
    let h = answer_hints(
        "Calls repeat",
        Some("The rota has gaps"),
        "Repeat calls",
        3,
        false,
    );
    assert!(h[0].reason.contains("causes the problem"), "{h:?}");
    assert!(!has("Nobody owns the rota after 5pm", HintKind::Restates));
    assert!(!has("", HintKind::Restates));
}

#[test]
fn hints_are_found_by_answer() {
    let mut w = sample();
    assert!(w.hints("a3").is_empty(), "{:?}", w.hints("a3"));
    w.answer_mut("a4").unwrap().text = "Poor IVR menu".into();
    w.answer_mut("a4").unwrap().root_cause = true;
    let a4: Vec<HintKind> = w.hints("a4").into_iter().map(|h| h.kind).collect();
    assert_eq!(a4, [HintKind::Vague, HintKind::Shallow]);
    assert_eq!(w.all_hints().len(), 1);
    assert_eq!(w.all_hints()[0].0, "a4");
    assert!(w.hints("gone").is_empty());
}

/// Published worked examples, step by step: (question asked, answer) down the chain,
/// the last one the root cause. A sound analysis should draw no hint at any step.
fn chain_hints(problem: &str, answers: &[&str]) -> Vec<(usize, Vec<HintKind>)> {
    let mut out = Vec::new();
    for (i, a) in answers.iter().enumerate() {
        let asked_of = (i > 0).then(|| answers[i - 1]);
        let root = i == answers.len() - 1;
        let k: Vec<HintKind> = answer_hints(a, asked_of, problem, i + 1, root)
            .into_iter()
            .map(|h| h.kind)
            .collect();
        if !k.is_empty() {
            out.push((i + 1, k));
        }
    }
    out
}

#[test]
fn textbook_chains_draw_no_hints() {
    // Taiichi Ohno's machine that stopped (Toyota Production System).
    let toyota = chain_hints(
        "The machine stopped",
        &[
            "There was an overload and the fuse blew",
            "The bearing was not sufficiently lubricated",
            "The lubrication pump was not pumping sufficiently",
            "The shaft of the pump was worn and rattling",
            "There was no strainer attached and metal scrap got in",
        ],
    );
    assert_eq!(toyota, []);
    // The Jefferson Memorial's crumbling stone, as management courses tell it.
    let memorial = chain_hints(
        "The Jefferson Memorial's stone is deteriorating",
        &[
            "It is washed with harsh chemicals too often",
            "Pigeon droppings have to be cleaned off",
            "Large numbers of pigeons come to eat the spiders",
            "Spiders gather to eat the gnats",
            "Gnats swarm to the lights, which are switched on before dusk",
        ],
    );
    assert_eq!(memorial, []);
    // A contact-centre chain.
    let callbacks = chain_hints(
        "Customers call back about the same refund",
        &[
            "They are not told when the refund will arrive",
            "Advisers cannot see the refund's status on their screen",
            "The payments system does not send its status to the CRM",
            "The interface between them was never specified to carry it",
        ],
    );
    assert_eq!(callbacks, []);
}
