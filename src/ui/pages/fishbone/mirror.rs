//! The editor's side of following a diagram live: each change of the diagram goes to the
//! presenter windows on the live channel, as the edit itself when the change was one
//! edit of it, else (undo, redo, another tab) as the whole diagram; a window that opens
//! (or missed an edit) says hello and gets the whole diagram.

use super::picture::Same;
use crate::domain::fishbone::Fishbone;
use crate::domain::journey::live::LiveMessage;
use crate::domain::ProjectId;
use crate::state::Action;
use crate::ui::hooks::live_channel::{use_live_channel, LiveChannel};
use crate::ui::hooks::use_workspace;
use std::rc::Rc;
use yew::prelude::*;

/// Sends the changes of diagram `f` of `project` to the presenter windows.
#[hook]
pub fn use_fishbone_mirror(project: ProjectId, f: Option<Rc<Fishbone>>) {
    let ws = use_workspace();
    let state = ws.state();
    // The diagram as last sent and its number in what this window sent (the presenter
    // follows that count), and the workspace's revision when last looked at.
    let sent = use_mut_ref(|| None::<(Rc<Fishbone>, u64)>);
    let seen = use_mut_ref(|| 0u64);
    let channel = {
        let (sent, pid) = (sent.clone(), project.to_string());
        use_live_channel(Callback::from(
            move |(msg, reply): (LiveMessage, LiveChannel)| {
                let LiveMessage::Hello { project, journey } = &msg else {
                    return;
                };
                let sent = sent.borrow();
                let Some((f, revision)) = sent.as_ref() else {
                    return;
                };
                if *project == pid && *journey == f.id.as_str() {
                    reply.send(&LiveMessage::Diagram {
                        project: pid.clone(),
                        diagram: (**f).clone(),
                        revision: *revision,
                    });
                }
            },
        ))
    };
    let (revision, last_action) = (state.revision, state.last_action.clone());
    use_effect_with((f.map(Same), revision), move |(f, revision)| {
        let one_action = *seen.borrow() + 1 == *revision;
        *seen.borrow_mut() = *revision;
        let Some(Same(f)) = f else { return };
        let mut sent = sent.borrow_mut();
        let pid = project.to_string();
        let number = sent.as_ref().map_or(0, |(_, n)| n + 1);
        let message = match (&*sent, last_action.as_deref()) {
            (Some((before, _)), _) if Rc::ptr_eq(before, f) => return,
            (
                Some((_, before)),
                Some(Action::Fishbone {
                    project: edited_in,
                    fishbone,
                    edit,
                    ..
                }),
            ) if one_action && *edited_in == project && *fishbone == f.id => {
                LiveMessage::DiagramEdit {
                    project: pid,
                    fishbone: f.id.to_string(),
                    edit: edit.clone(),
                    before: *before,
                    after: number,
                }
            }
            _ => LiveMessage::Diagram {
                project: pid,
                diagram: (**f).clone(),
                revision: number,
            },
        };
        // The first drawing is not sent: a presenter asks for it with a hello.
        if sent.is_some() {
            channel.send(&message);
        }
        *sent = Some((f.clone(), number));
    });
}
