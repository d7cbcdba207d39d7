//! The diagram's picture on a page: the domain's SVG (every piece of user text escaped
//! when drawn), with the verdicts of the 5 Whys asked of its causes, laid out again only
//! when the diagram or those verdicts change.

use crate::domain::fishbone::layout::layout;
use crate::domain::fishbone::svg::{to_svg, Options};
use crate::domain::fishbone::Fishbone;
use crate::domain::root_cause::diagram;
use crate::domain::Project;

/// The SVG markup of `f` as the project's analyses stand.
pub fn picture_svg(project: &Project, f: &Fishbone, print: bool) -> String {
    let title = if f.effect.trim().is_empty() {
        "Fishbone diagram".to_string()
    } else {
        format!("Fishbone diagram: {}", f.effect)
    };
    to_svg(&layout(&diagram(project, f)), &Options { title, print })
}
