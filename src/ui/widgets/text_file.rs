//! A file chooser that reads a small text file (Mermaid, Markdown) into the page, in
//! UTF-8 or in UTF-16 (as Windows Notepad's "Unicode" saves it). Used beside the boxes
//! where Mermaid text is pasted, so a `.mmd` or `.md` file need not be opened and copied.

use crate::domain::csv_import::to_utf8;
use gloo::file::callbacks::FileReader;
use gloo::file::File;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Largest file read: far more than any diagram, small enough to refuse a wrong file.
const MAX_BYTES: u64 = 2 * 1024 * 1024;

/// Props of [`TextFileInput`].
#[derive(Properties, PartialEq)]
pub struct TextFileInputProps {
    pub id: AttrValue,
    pub label: AttrValue,
    /// File types offered, as the `accept` attribute.
    pub accept: AttrValue,
    /// The file's text, or a message saying why it could not be read.
    pub on_text: Callback<Result<String, String>>,
}

/// A labelled file input whose chosen file's text goes to `on_text`.
#[component]
pub fn TextFileInput(props: &TextFileInputProps) -> Html {
    // Kept until the file is read: dropping the reader cancels it.
    let reader = use_mut_ref(|| None::<FileReader>);
    let onchange = {
        let on_text = props.on_text.clone();
        Callback::from(move |e: Event| {
            let target: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = target.files().and_then(|f| f.get(0)).map(File::from) else {
                return;
            };
            // Cleared, so the same file can be chosen again after it is fixed.
            target.set_value("");
            let name = file.name();
            if file.size() > MAX_BYTES {
                return on_text.emit(Err(format!(
                    "{name} is {:.1} MB: too big to be a diagram's text. Nothing has been changed.",
                    file.size() as f64 / 1_048_576.0
                )));
            }
            let on_text = on_text.clone();
            *reader.borrow_mut() = Some(gloo::file::callbacks::read_as_bytes(&file, move |read| {
                on_text.emit(match read {
                    Err(e) => Err(format!("{name} could not be read: {e}")),
                    Ok(bytes) => {
                        let utf8 = to_utf8(bytes);
                        let text = String::from_utf8_lossy(&utf8);
                        // A byte-order mark is not text to show in the box.
                        Ok(text.trim_start_matches('\u{feff}').to_string())
                    }
                })
            }));
        })
    };
    html! {
        <div class="field">
            <label for={props.id.clone()}>{ props.label.clone() }</label>
            <input id={props.id.clone()} type="file" accept={props.accept.clone()} {onchange} />
        </div>
    }
}

/// Props of [`MermaidFileInput`].
#[derive(Properties, PartialEq)]
pub struct MermaidFileInputProps {
    pub id: AttrValue,
    /// The box the Mermaid text is pasted in: a file read goes there, to be looked at
    /// and imported.
    pub text: UseStateHandle<String>,
    /// Where the page says why a file could not be read.
    pub error: UseStateHandle<Option<String>>,
}

/// The file chooser beside a Mermaid text box: a `.mmd`, `.txt` or Markdown file.
#[component]
pub fn MermaidFileInput(props: &MermaidFileInputProps) -> Html {
    let on_text = {
        let (text, error) = (props.text.clone(), props.error.clone());
        Callback::from(move |read: Result<String, String>| match read {
            Ok(t) => {
                error.set(None);
                text.set(t);
            }
            Err(why) => error.set(Some(why)),
        })
    };
    html! {
        <TextFileInput id={props.id.clone()} label="Or read it from a file (.mmd, .md with a mermaid block, .txt)"
            accept=".mmd,.mermaid,.md,.markdown,.txt,text/plain,text/markdown" {on_text} />
    }
}
