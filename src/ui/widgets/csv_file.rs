//! Reading a chosen CSV file for an import: the bytes and a preview of its first rows,
//! or a message saying why it could not be read; and running the import in steps.
//! Used by the generic import panel.

use crate::domain::csv_import::{preview, to_utf8, CsvPreview, ImportError, StepwiseImport};
use gloo::file::callbacks::FileReader;
use gloo::file::File;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
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
                // UTF-16 exports (Qualtrics' TSV, Excel's "Unicode Text") and Windows
                // code-page ones (Excel's plain "CSV") become UTF-8.
                let data = Rc::new(to_utf8(bytes));
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

/// Rows read between two updates of the progress bar.
const ROWS_PER_STEP: usize = 100_000;

/// Runs an import in steps, yielding to the page between them: `on_progress` gets the
/// share read after each step, `on_done` the outcome at the end.
pub fn run_in_steps<I: StepwiseImport + 'static>(
    importer: I,
    on_progress: impl Fn(f64) + 'static,
    on_done: impl FnOnce(Result<I::Outcome, ImportError>) + 'static,
) {
    type Done<O> = Box<dyn FnOnce(Result<O, ImportError>)>;
    fn next<I: StepwiseImport + 'static>(
        importer: Rc<RefCell<Option<I>>>,
        on_progress: Rc<dyn Fn(f64)>,
        on_done: Rc<RefCell<Option<Done<I::Outcome>>>>,
    ) {
        let progress = {
            let mut guard = importer.borrow_mut();
            let Some(i) = guard.as_mut() else { return };
            let p = i.step(ROWS_PER_STEP);
            (!i.is_done()).then_some(p)
        };
        match progress {
            Some(p) => {
                on_progress(p);
                Timeout::new(0, move || next(importer, on_progress, on_done)).forget();
            }
            None => {
                let (Some(done), Some(report)) =
                    (importer.borrow_mut().take(), on_done.borrow_mut().take())
                else {
                    return;
                };
                report(done.finish());
            }
        }
    }
    on_progress(0.0);
    next(
        Rc::new(RefCell::new(Some(importer))),
        Rc::new(on_progress),
        Rc::new(RefCell::new(Some(Box::new(on_done) as Done<I::Outcome>))),
    );
}
