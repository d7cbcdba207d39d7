//! Reading a chosen CSV file for an import: the bytes and a preview of its first rows,
//! or a message saying why it could not be read. Shared by the survey and contact
//! imports.

use crate::domain::kpi::import::{preview, CsvPreview};
use gloo::file::callbacks::FileReader;
use gloo::file::File;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// A file read into memory, with its first rows.
#[derive(Clone, PartialEq)]
pub struct LoadedCsv {
    pub file: String,
    pub data: Rc<Vec<u8>>,
    pub preview: CsvPreview,
}

/// The column whose header contains one of `words`, to preselect in the mapping.
pub fn guess(headers: &[String], words: &[&str]) -> Option<usize> {
    headers
        .iter()
        .position(|h| words.iter().any(|w| h.to_lowercase().contains(w)))
}

/// Starts reading the file chosen in the input that fired `e`; `on_read` gets the file
/// or the message to show. The returned reader must be kept until then. The input is
/// cleared, so the same file can be chosen again after a fix.
pub fn read_chosen(
    e: &Event,
    on_start: impl FnOnce(&str),
    on_read: impl FnOnce(Result<LoadedCsv, String>) + 'static,
) -> Option<FileReader> {
    let target: HtmlInputElement = e.target_unchecked_into();
    let file = File::from(target.files()?.get(0)?);
    target.set_value("");
    let name = file.name();
    on_start(&name);
    Some(gloo::file::callbacks::read_as_bytes(&file, move |result| {
        on_read(match result {
            Err(e) => Err(format!("{name} could not be read: {e}")),
            Ok(bytes) => {
                let data = Rc::new(bytes);
                match preview(&data, 5) {
                    Ok(p) => Ok(LoadedCsv {
                        file: name,
                        data,
                        preview: p,
                    }),
                    Err(e) => Err(format!(
                        "{name} was not imported: {e}. Nothing has been changed."
                    )),
                }
            }
        })
    }))
}
