//! The diagram's picture on a page: the domain's SVG (every piece of user text escaped
//! when drawn), with the verdicts of the 5 Whys asked of its causes, laid out again only
//! when the diagram or those verdicts change.

use crate::domain::fishbone::layout::layout;
use crate::domain::fishbone::svg::{drawing, Drawing, Options};
use crate::domain::fishbone::Fishbone;
use crate::domain::root_cause::diagram;
use crate::domain::{Project, ProjectId, Workspace};
use std::rc::Rc;
use yew::prelude::*;

/// The picture of `f` as the project's analyses stand, in pieces.
pub fn picture_drawing(project: &Project, f: &Fishbone, print: bool) -> Drawing {
    let title = if f.effect.trim().is_empty() {
        "Fishbone diagram".to_string()
    } else {
        format!("Fishbone diagram: {}", f.effect)
    };
    drawing(layout(&diagram(project, f)), &Options { title, print })
}

/// The SVG document of `f` as the project's analyses stand.
pub fn picture_svg(project: &Project, f: &Fishbone, print: bool) -> String {
    picture_drawing(project, f, print).to_svg()
}

/// A drawing compared by pointer: a new one comes with each change, and comparing two
/// big drawings' text on every redraw of the page would cost as much as drawing them.
#[derive(Clone, Default)]
pub struct Picture(pub Rc<Drawing>);

impl PartialEq for Picture {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// A diagram compared by pointer: the same `Rc` is the same diagram (a change makes a
/// new one), so comparing costs nothing whatever its size.
#[derive(Clone)]
pub(super) struct Same(pub(super) Rc<Fishbone>);

impl PartialEq for Same {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The verdicts of the 5 Whys asked of a diagram's causes, as a cheap key: the picture
/// shows them, so it is drawn again when one changes.
fn verdicts(project: &Project, fishbone: &str) -> String {
    project
        .whys
        .iter()
        .filter_map(|w| {
            let o = w.origin.as_ref()?;
            (o.fishbone == fishbone).then(|| format!("{}={};", o.cause, w.verdict().words()))
        })
        .collect()
}

/// The picture of `f` on screen, laid out and drawn again only when the diagram or the
/// verdicts on it change (not on every redraw of the page: a countdown ticks twice a
/// second, a keystroke in a field redraws its page).
#[hook]
pub fn use_picture(
    workspace: Rc<Workspace>,
    project: ProjectId,
    f: Option<Rc<Fishbone>>,
) -> Picture {
    let key = workspace
        .project(&project)
        .zip(f.as_ref())
        .map(|(p, f)| verdicts(p, &f.id))
        .unwrap_or_default();
    let drawn = use_memo((f.map(Same), key), move |(f, _)| {
        match (workspace.project(&project), f) {
            (Some(p), Some(Same(f))) => picture_drawing(p, f, false),
            _ => Drawing::default(),
        }
    });
    Picture(drawn)
}
