//! How a project's root-cause analyses hang together: the 5 Whys asked of a fishbone
//! cause and its verdict on that bone, the analysis a journey pain point leads to, the
//! picture's input with those verdicts on it, and the line on the project page. Links
//! are kept one way in the data (a 5 Whys names its cause, a diagram its pain point, a
//! pain point its diagram) and read both ways here, so they never disagree.

use super::fishbone::layout::{Bone, Diagram, Rib, RibStatus};
use super::fishbone::{Cause, CauseStatus, Fishbone};
use super::whys::WhysAnalysis;
use super::wording::counted;
use super::Project;

/// The 5 Whys asked of one cause of a diagram, if there is one.
pub fn whys_for_cause<'a>(
    project: &'a Project,
    fishbone: &str,
    cause: &str,
) -> Option<&'a WhysAnalysis> {
    project.whys.iter().map(|w| w.as_ref()).find(|w| {
        w.origin
            .as_ref()
            .is_some_and(|o| o.fishbone == fishbone && o.cause == cause)
    })
}

/// The verdict a cause's 5 Whys has reached, in words for its bone ("root cause
/// confirmed"), if the cause has one.
pub fn cause_verdict(project: &Project, fishbone: &str, cause: &str) -> Option<&'static str> {
    whys_for_cause(project, fishbone, cause).map(|w| w.verdict().words())
}

/// The picture's input: the diagram's categories and causes, each cause with its
/// status, dots and the verdict of the 5 Whys asked of it.
pub fn diagram(project: &Project, f: &Fishbone) -> Diagram {
    fn rib(project: &Project, f: &Fishbone, c: &Cause) -> Rib {
        Rib {
            id: c.id.to_string(),
            text: c.text.clone(),
            status: match c.status {
                CauseStatus::Suspected => RibStatus::Suspected,
                CauseStatus::Confirmed => RibStatus::Confirmed,
                CauseStatus::RuledOut => RibStatus::RuledOut,
            },
            votes: c.total_votes(),
            verdict: cause_verdict(project, &f.id, &c.id).map(str::to_string),
            children: c.children.iter().map(|k| rib(project, f, k)).collect(),
        }
    }
    Diagram {
        effect: f.effect.clone(),
        bones: f
            .categories
            .iter()
            .map(|g| Bone {
                id: g.id.to_string(),
                label: g.name.clone(),
                causes: g.causes.iter().map(|c| rib(project, f, c)).collect(),
            })
            .collect(),
    }
}

/// What a diagram has found, for the project page and the pain point it looks into.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Findings {
    pub causes: usize,
    pub confirmed: usize,
    pub ruled_out: usize,
    /// Causes whose 5 Whys reached a root cause.
    pub root_causes: usize,
}

impl Findings {
    /// "12 causes: 3 confirmed, 2 ruled out; 1 root cause found".
    pub fn words(&self) -> String {
        if self.causes == 0 {
            return "no causes yet".into();
        }
        let mut out = format!(
            "{}: {} confirmed, {} ruled out",
            counted(self.causes as u64, "cause", "causes"),
            self.confirmed,
            self.ruled_out
        );
        if self.root_causes > 0 {
            out.push_str(&format!(
                "; {} found",
                counted(self.root_causes as u64, "root cause", "root causes")
            ));
        }
        out
    }
}

/// The findings of one diagram.
pub fn findings(project: &Project, f: &Fishbone) -> Findings {
    let outline = f.outline();
    let mut out = Findings {
        causes: outline.len(),
        ..Findings::default()
    };
    for row in outline {
        match row.cause.status {
            CauseStatus::Confirmed => out.confirmed += 1,
            CauseStatus::RuledOut => out.ruled_out += 1,
            CauseStatus::Suspected => {}
        }
        if whys_for_cause(project, &f.id, &row.cause.id)
            .is_some_and(|w| !w.root_causes().is_empty())
        {
            out.root_causes += 1;
        }
    }
    out
}

/// The diagram a journey pain point leads to, if it has one that is still there.
pub fn analysis_of_pain_point<'a>(
    project: &'a Project,
    card_analysis: &str,
) -> Option<&'a Fishbone> {
    project.fishbone(card_analysis)
}

/// The fishbone tool's line on the project page: "2 fishbone diagrams, 3 causes
/// confirmed, 1 root cause found".
pub fn fishbone_summary(project: &Project) -> String {
    if project.fishbones.is_empty() {
        return "No fishbone diagrams yet".into();
    }
    let (confirmed, roots) = project.fishbones.iter().fold((0, 0), |(c, r), f| {
        let found = findings(project, f);
        (c + found.confirmed, r + found.root_causes)
    });
    let mut out = format!(
        "{}, {} confirmed",
        counted(
            project.fishbones.len() as u64,
            "fishbone diagram",
            "fishbone diagrams"
        ),
        counted(confirmed as u64, "cause", "causes")
    );
    if roots > 0 {
        out.push_str(&format!(
            ", {} found",
            counted(roots as u64, "root cause", "root causes")
        ));
    }
    out
}

/// The 5 Whys tool's line on the project page: "3 analyses, 2 root causes, 1 without
/// countermeasures".
pub fn whys_summary(project: &Project) -> String {
    if project.whys.is_empty() {
        return "No 5 Whys yet".into();
    }
    let (roots, with): (usize, usize) = project.whys.iter().fold((0, 0), |(r, w), a| {
        let s = a.summary();
        (r + s.root_causes, w + s.with_countermeasures)
    });
    format!(
        "{}, {}, {} without countermeasures",
        counted(project.whys.len() as u64, "analysis", "analyses"),
        counted(roots as u64, "root cause", "root causes"),
        roots - with
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::edit::PartEdit;
    use crate::domain::fishbone::{FishboneId, Preset};
    use crate::domain::whys::model::CauseLink;
    use crate::domain::whys::{AnswerId, WhysEdit, WhysId};
    use crate::domain::{ProjectId, ProjectText};
    use chrono::{DateTime, Utc};
    use std::rc::Rc;

    fn project() -> Project {
        let text = ProjectText::parse("Late deliveries", "").unwrap();
        Project::new(ProjectId("p1".into()), text, DateTime::<Utc>::UNIX_EPOCH)
    }

    fn fishbone_with_causes() -> Fishbone {
        let mut n = 0;
        let mut f = Fishbone::new(
            FishboneId::from("f1"),
            "Late parcels",
            Preset::FourS,
            || {
                n += 1;
                n
            },
        );
        let g = f.categories[0].id.clone();
        let mut a = Cause::new("k1".into(), "Depot short of drivers");
        a.status = CauseStatus::Confirmed;
        a.children
            .push(Cause::new("k2".into(), "Rotas set a month ahead"));
        let mut b = Cause::new("k3".into(), "Weather");
        b.status = CauseStatus::RuledOut;
        let cat = f.categories.iter_mut().find(|c| c.id == g).unwrap();
        cat.causes = vec![a, b];
        f
    }

    fn whys_on(cause: &str, root: bool) -> WhysAnalysis {
        let mut w = WhysAnalysis::new(WhysId::from("w1"), "Depot short of drivers");
        w.origin = Some(CauseLink {
            fishbone: "f1".into(),
            cause: cause.into(),
        });
        WhysEdit::AddAnswer {
            id: AnswerId::from("a1"),
            parent: None,
            text: "Rotas are set a month ahead".into(),
            at: None,
        }
        .apply(&mut w)
        .unwrap();
        if root {
            WhysEdit::SetRootCause {
                answer: AnswerId::from("a1"),
                root: true,
            }
            .apply(&mut w)
            .unwrap();
        }
        w
    }

    #[test]
    fn a_cause_shows_the_verdict_of_the_whys_asked_of_it() {
        let mut p = project();
        p.fishbones.push(Rc::new(fishbone_with_causes()));
        assert_eq!(cause_verdict(&p, "f1", "k1"), None);
        p.whys.push(Rc::new(whys_on("k1", false)));
        assert_eq!(cause_verdict(&p, "f1", "k1"), Some("analysis open"));
        p.whys[0] = Rc::new(whys_on("k1", true));
        assert_eq!(cause_verdict(&p, "f1", "k1"), Some("root cause suspected"));
        assert_eq!(cause_verdict(&p, "f1", "k3"), None, "only its own cause");
        assert_eq!(cause_verdict(&p, "f2", "k1"), None, "only its own diagram");

        let d = diagram(&p, &p.fishbones[0]);
        let bone = d.bones.iter().find(|b| !b.causes.is_empty()).unwrap();
        assert_eq!(
            bone.causes[0].verdict.as_deref(),
            Some("root cause suspected")
        );
        assert_eq!(bone.causes[0].status, RibStatus::Confirmed);
        assert_eq!(bone.causes[0].children[0].text, "Rotas set a month ahead");
        assert_eq!(bone.causes[1].status, RibStatus::RuledOut);
    }

    #[test]
    fn findings_and_the_project_line_count_what_was_found() {
        let mut p = project();
        assert_eq!(fishbone_summary(&p), "No fishbone diagrams yet");
        assert_eq!(whys_summary(&p), "No 5 Whys yet");
        p.fishbones.push(Rc::new(fishbone_with_causes()));
        let f = findings(&p, &p.fishbones[0]);
        assert_eq!(
            (f.causes, f.confirmed, f.ruled_out, f.root_causes),
            (3, 1, 1, 0)
        );
        assert_eq!(f.words(), "3 causes: 1 confirmed, 1 ruled out");
        p.whys.push(Rc::new(whys_on("k1", true)));
        assert_eq!(findings(&p, &p.fishbones[0]).root_causes, 1);
        assert_eq!(
            findings(&p, &p.fishbones[0]).words(),
            "3 causes: 1 confirmed, 1 ruled out; 1 root cause found"
        );
        assert_eq!(
            fishbone_summary(&p),
            "1 fishbone diagram, 1 cause confirmed, 1 root cause found"
        );
        assert_eq!(
            whys_summary(&p),
            "1 analysis, 1 root cause, 1 without countermeasures"
        );
    }
}
