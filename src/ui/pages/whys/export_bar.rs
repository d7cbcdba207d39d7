//! Saving the analysis: Markdown text to download, and printing (the print stylesheet
//! leaves the analysis itself: no app chrome, no forms' buttons).

use crate::domain::whys::markdown::to_markdown;
use crate::domain::whys::WhysAnalysis;
use crate::ui::browser::download_text;
use std::rc::Rc;
use yew::prelude::*;

/// A file name from the problem: letters, digits and dashes, not too long.
pub fn file_name(problem: &str) -> String {
    let words: Vec<String> = problem
        .split(|c: char| !c.is_alphanumeric())
        .filter(|p| !p.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut name = String::from("5-whys");
    for w in words {
        if name.chars().count() + 1 + w.chars().count() > 60 {
            break;
        }
        name.push('-');
        name.push_str(&w);
    }
    name
}

/// Props of [`ExportBar`].
#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    pub whys: Rc<WhysAnalysis>,
}

/// The export buttons.
#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let error = use_state(|| None::<String>);
    let on_markdown = {
        let (whys, error) = (props.whys.clone(), error.clone());
        Callback::from(move |_| {
            let name = format!("{}.md", file_name(&whys.problem));
            error.set(download_text(&name, &to_markdown(&whys), "text/markdown").err())
        })
    };
    let on_print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    html! {
        <div class="export-bar whys-export">
            <button type="button" class="button button--secondary button--small" onclick={on_markdown}>{ "Download Markdown" }</button>
            <button type="button" class="button button--secondary button--small" onclick={on_print}>{ "Print" }</button>
            if let Some(e) = &*error { <span class="field-error">{ format!(" Could not save: {e}") }</span> }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::file_name;

    #[test]
    fn file_names_keep_letters_and_digits_only() {
        assert_eq!(
            file_name("Customers are transferred 3 times!"),
            "5-whys-customers-are-transferred-3-times"
        );
        assert_eq!(file_name("<img src=x>"), "5-whys-img-src-x");
        assert_eq!(file_name("   "), "5-whys");
        assert_eq!(
            file_name("Überweisung verspätet"),
            "5-whys-überweisung-verspätet"
        );
        let long = file_name(&"word ".repeat(40));
        assert!(long.chars().count() <= 60, "{long}");
    }
}
