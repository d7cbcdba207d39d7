//! The outline: each category as a heading row (its name to rename, move, remove, add a
//! cause to), then its causes as one list of text fields, indented by level, edited
//! from the keyboard
//! (see `outline_keys.rs`). Text is committed when a field changes; one handler each
//! for keys, changes and focus serves the whole outline, so a big diagram stays quick.

use super::category_tools::CategoryTools;
use super::edit::{new_cause_id, FishboneChange};
use super::outline_keys::{
    category_field_id, cause_field_id, cause_of_field_id, FocusWanted, OutlineKeys,
};
use crate::domain::fishbone::{Category, Cause, CauseStatus, Fishbone, FishboneEdit, Parent};
use crate::ui::browser::{event_element, event_value, focus_by_id};
use crate::ui::type_ahead::{Drafts, TypeAhead};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How many causes a big diagram's outline draws before the page is first shown: more
/// than a tall screen shows.
const FIRST_ROWS: usize = 40;

/// Props of [`Outline`].
#[derive(Properties, PartialEq)]
pub struct OutlineProps {
    pub fishbone: Rc<Fishbone>,
    pub on_edit: Callback<FishboneChange>,
    /// The selected cause's id.
    #[prop_or_default]
    pub selected: Option<AttrValue>,
    /// A cause's field got focus: it is the selected cause now.
    pub on_select: Callback<AttrValue>,
    /// Why the last edit was refused, if it was.
    #[prop_or_default]
    pub refused: Option<AttrValue>,
}

/// The deepest level the outline indents further (deeper causes line up with it; their
/// level is still said by `aria-level` and the field's name).
const DEEPEST_INDENT: usize = 6;

/// The rows of `causes` and their causes, in outline order, one flat list: a cause
/// nested or un-nested keeps its row (and its field keeps focus), only its level
/// changes. Moving a row between nested lists made the browser drop the field and
/// make it again, most of the time of a Tab.
fn cause_rows(
    causes: &[Cause],
    depth: usize,
    category: &str,
    selected: Option<&str>,
    drafts: &Drafts,
    out: &mut Vec<Html>,
) {
    for c in causes {
        out.push(cause_row(c, depth, category, selected, drafts));
        cause_rows(&c.children, depth + 1, category, selected, drafts, out);
    }
}

/// The rows of every cause of category `g`.
fn category_rows(g: &Category, selected: Option<&str>, drafts: &Drafts) -> Vec<Html> {
    let mut rows = Vec::new();
    cause_rows(&g.causes, 1, &g.name, selected, drafts, &mut rows);
    rows
}

fn cause_row(
    c: &Cause,
    depth: usize,
    category: &str,
    selected: Option<&str>,
    drafts: &Drafts,
) -> Html {
    let id = c.id.to_string();
    let mark = match c.status {
        CauseStatus::Suspected => "",
        CauseStatus::Confirmed => " fb-cause--confirmed",
        CauseStatus::RuledOut => " fb-cause--ruled-out",
    };
    let chosen = if selected == Some(id.as_str()) {
        " fb-cause--selected"
    } else {
        ""
    };
    let label = if depth == 1 {
        format!("Cause under {category}")
    } else {
        format!("Cause, level {depth} under {category}")
    };
    let indent = depth.min(DEEPEST_INDENT);
    html! {
        <li key={id.clone()} class={format!("fb-cause fb-cause--l{indent}{mark}{chosen}")} aria-level={depth.to_string()}>
            <input type="text" id={cause_field_id(&id)} class="fb-cause__text" data-cause={id.clone()}
                maxlength="300" value={drafts.shown(&id, &c.text)} aria-label={label} placeholder="Cause" autocomplete="off" />
            if c.status != CauseStatus::Suspected {
                <span class="fb-cause__status">{ c.status.words() }</span>
            }
        </li>
    }
}

/// Where focus goes after the redraw, shared by the outline's parts (compared by
/// identity: it is the same cell for the life of the outline).
#[derive(Clone)]
pub struct FocusCell(pub Rc<RefCell<Option<FocusWanted>>>);

impl PartialEq for FocusCell {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Props of [`CategoryBlock`].
#[derive(Properties, PartialEq)]
struct CategoryBlockProps {
    category: Category,
    first: bool,
    last: bool,
    on_edit: Callback<FishboneChange>,
    focus_wanted: FocusCell,
    /// What the fields hold that is not committed yet.
    drafts: Drafts,
    /// The selected cause, when it is in this category.
    selected: Option<AttrValue>,
    /// Its causes are drawn (false for a moment while a big diagram opens).
    rows: bool,
}

/// One category and its causes: its own component, so an edit redraws only the
/// category it changed.
#[component]
fn CategoryBlock(props: &CategoryBlockProps) -> Html {
    let g = &props.category;
    let (first, last, edit) = (props.first, props.last, &props.on_edit);
    let focus_wanted = &props.focus_wanted.0;
    let selected = props.selected.as_deref();
    let id = g.id.to_string();
    let send = |make: Rc<dyn Fn() -> FishboneEdit>| {
        let edit = edit.clone();
        Callback::from(move |_: MouseEvent| edit.emit(FishboneChange::new(make())))
    };
    let gid = g.id.clone();
    let on_left = send(Rc::new({
        let gid = gid.clone();
        move || FishboneEdit::MoveCategory {
            category: gid.clone(),
            by: -1,
        }
    }));
    let on_right = send(Rc::new({
        let gid = gid.clone();
        move || FishboneEdit::MoveCategory {
            category: gid.clone(),
            by: 1,
        }
    }));
    let on_remove = send(Rc::new({
        let gid = gid.clone();
        move || FishboneEdit::DeleteCategory {
            category: gid.clone(),
        }
    }));
    let on_add = {
        let (edit, gid, focus_wanted) = (edit.clone(), gid.clone(), focus_wanted.clone());
        Callback::from(move |_: MouseEvent| {
            let new = new_cause_id();
            *focus_wanted.borrow_mut() = Some(FocusWanted::new(cause_field_id(&new)));
            edit.emit(FishboneChange::new(FishboneEdit::AddCause {
                id: new,
                text: String::new(),
                parent: Parent::Category(gid.clone()),
                at: None,
            }));
        })
    };
    let name = g.name.clone();
    html! {
        <section class="fb-category" aria-label={format!("Category {name}")}>
            <div class="fb-category__head">
                <input type="text" id={category_field_id(&id)} class="fb-category__name" data-category={id.clone()}
                    maxlength="80" value={name.clone()} aria-label={format!("Name of category {name}")} autocomplete="off" />
                <button type="button" class="button button--secondary button--small" disabled={first}
                    aria-label={format!("Move {name} left")} title="Move left" onclick={on_left}>{ "←" }</button>
                <button type="button" class="button button--secondary button--small" disabled={last}
                    aria-label={format!("Move {name} right")} title="Move right" onclick={on_right}>{ "→" }</button>
                <button type="button" class="button button--small" onclick={on_add}
                    aria-label={format!("Add cause to {name}")}>{ "Add cause" }</button>
                <button type="button" class="button button--warning button--small" onclick={on_remove}
                    aria-label={format!("Remove category {name} and its causes")} title="Remove (Undo brings it back)">{ "Remove" }</button>
            </div>
            if g.causes.is_empty() {
                <p class="fb-category__empty">{ "No causes yet." }</p>
            } else if !props.rows {
                <p class="fb-category__empty">{ "Causes coming…" }</p>
            } else {
                <ul class="fb-causes">
                    { category_rows(g, selected, &props.drafts) }
                </ul>
            }
        </section>
    }
}

/// The outline of the diagram.
#[component]
pub fn Outline(props: &OutlineProps) -> Html {
    let f = props.fishbone.clone();
    let focus_wanted = use_mut_ref(|| None::<FocusWanted>);
    let type_ahead = use_memo((), |_| TypeAhead::default());
    let drafts = use_memo((), |_| Drafts::default());
    // A big diagram opens with the causes of its first categories; the rest are drawn
    // straight after, once the browser has shown the page.
    let all_rows = use_state(|| f.categories_holding(FIRST_ROWS) == f.categories.len());
    {
        let all_rows = all_rows.clone();
        use_effect_with(*all_rows, move |drawn_all| {
            let later = (!*drawn_all)
                .then(|| gloo::timers::callback::Timeout::new(0, move || all_rows.set(true)));
            move || drop(later)
        });
    }
    let with_rows = if *all_rows {
        f.categories.len()
    } else {
        f.categories_holding(FIRST_ROWS)
    };
    // The diagram as drawn, for the handlers made once.
    let drawn = use_mut_ref(|| f.clone());
    *drawn.borrow_mut() = f.clone();

    // The keys' handler, made once.
    let keys = {
        let (drawn, focus_wanted, edit) =
            (drawn.clone(), focus_wanted.clone(), props.on_edit.clone());
        let (type_ahead, drafts) = ((*type_ahead).clone(), (*drafts).clone());
        use_memo((), move |_| OutlineKeys {
            drawn,
            focus_wanted,
            edit,
            type_ahead,
            drafts,
        })
    };
    // Focus follows the keyboard once the outline has redrawn, and keys typed ahead of
    // the redraw are played into the field it lands on.
    {
        let (focus_wanted, keys) = (focus_wanted.clone(), keys.clone());
        use_effect(move || {
            let wanted = focus_wanted.borrow_mut().take();
            if let Some(w) = wanted {
                let field = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.get_element_by_id(&w.id))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
                if let Some(field) = field {
                    focus_by_id(&w.id);
                    keys.play(field);
                } else if !w.stale() {
                    // Not drawn yet (its edit is on its way): next time.
                    *focus_wanted.borrow_mut() = Some(w);
                }
            }
        });
    }
    let onkeydown = {
        let (keys, focus_wanted) = (keys.clone(), focus_wanted.clone());
        let select = props.on_select.clone();
        use_callback((), move |e: KeyboardEvent, _| {
            let wanted = || focus_wanted.borrow().as_ref().map(|w| w.id.clone());
            let before = wanted();
            keys.keydown(&e);
            // The cause that will have focus is selected now, with the edit, so the page
            // is drawn once for both (not again when the focus lands). A key kept for a
            // field not drawn yet sends focus nowhere new.
            let after = wanted();
            if after != before {
                if let Some(cause) = after.as_deref().and_then(cause_of_field_id) {
                    select.emit(AttrValue::from(cause.to_string()));
                }
            }
        })
    };
    // What a cause's field holds, kept as a draft until the field is left (its
    // `change` commits it just before).
    let oninput = {
        let keys = keys.clone();
        use_callback((), move |e: InputEvent, _| {
            if let Some(id) = event_element(&e).and_then(|el| el.get_attribute("data-cause")) {
                keys.typed(&id, event_value(&e));
            }
        })
    };
    let onfocusout = {
        let drafts = (*drafts).clone();
        use_callback((), move |e: FocusEvent, _| {
            if let Some(id) = event_element(&e).and_then(|el| el.get_attribute("data-cause")) {
                drafts.left(&id);
            }
        })
    };
    // A changed field: its text or name, one undo step.
    let onchange = {
        let edit = props.on_edit.clone();
        use_callback((), move |e: Event, _| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            else {
                return;
            };
            let value = input.value();
            if let Some(id) = input.get_attribute("data-cause") {
                edit.emit(FishboneChange::new(FishboneEdit::SetCauseText {
                    cause: id.into(),
                    text: value,
                }));
            } else if let Some(id) = input.get_attribute("data-category") {
                edit.emit(FishboneChange::new(FishboneEdit::RenameCategory {
                    category: id.into(),
                    name: value,
                }));
            }
        })
    };
    let onfocusin = {
        let select = props.on_select.clone();
        use_callback((), move |e: FocusEvent, _| {
            if let Some(id) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .and_then(|el| el.get_attribute("data-cause"))
            {
                select.emit(id.into());
            }
        })
    };
    let selected_place = props.selected.as_ref().and_then(|id| f.place(id));
    let selected_place = selected_place.as_ref();
    let count = f.categories.len();
    html! {
        <section class="fb-outline" aria-labelledby="outline-heading">
            <h2 id="outline-heading">{ "Outline" }</h2>
            <div class="fb-outline__body" {onkeydown} {oninput} {onchange} {onfocusin} {onfocusout}>
                if f.categories.is_empty() {
                    <p class="empty">{ "No categories yet: add one below, or a preset's set." }</p>
                }
                { for f.categories.iter().enumerate().map(|(i, g)| {
                    let selected = selected_place
                        .filter(|p| p.category == i)
                        .and(props.selected.clone());
                    html! {
                        <CategoryBlock key={g.id.to_string()} category={g.clone()} first={i == 0} last={i + 1 == count}
                            on_edit={props.on_edit.clone()} focus_wanted={FocusCell(focus_wanted.clone())} drafts={(*drafts).clone()} {selected}
                            rows={i < with_rows} />
                    }
                }) }
            </div>
            <p class="hint fb-outline__keys" id="outline-keys">
                <kbd>{ "Enter" }</kbd>{ " new cause below · " }
                <kbd>{ "Tab" }</kbd>{ " nest under the cause above · " }
                <kbd>{ "Shift+Tab" }</kbd>{ " un-nest · " }
                <kbd>{ "Alt+↑/↓" }</kbd>{ " move · " }
                <kbd>{ "Delete" }</kbd>{ " or " }<kbd>{ "Backspace" }</kbd>{ " in an empty cause removes it · Ctrl+Z undoes" }
            </p>
            <p class="fb-outline__refused">
                if let Some(why) = &props.refused { { why.clone() } }
            </p>
            <CategoryTools fishbone={f.clone()} on_edit={props.on_edit.clone()} />
        </section>
    }
}
