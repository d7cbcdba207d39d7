//! Browser tests (wasm-bindgen-test in headless Chromium): the storage adapter and the
//! repository's rules against real localStorage, including a full quota, saves cut
//! short, and a workspace three times the quota; and the app mounted as a component.
//! Run by scripts/test.
#![cfg(target_arch = "wasm32")]

#[path = "support/big.rs"]
mod big;
#[path = "web/draft_fields.rs"]
mod draft_fields;
#[path = "web/live_hub.rs"]
mod live_hub;
// Shared with the native tests, which use all of it.
#[allow(dead_code)]
#[path = "support/interrupt.rs"]
mod interrupt;
#[path = "support/sample.rs"]
mod sample;
#[path = "support/tidy.rs"]
mod tidy;

use cx_workbench::storage::envelope::{decode, encode, Stamp};
use cx_workbench::storage::local::LocalStorage;
use cx_workbench::storage::repository::{self, SaveError, StartupProblem};
use cx_workbench::storage::{keys, KeyValueStore, StoreError};
use sample::workspace;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> LocalStorage {
    let store = LocalStorage::open().expect("localStorage in Chromium");
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    store
}

fn stamp(writer: &str) -> Stamp {
    Stamp {
        saved_at: "2026-11-24T10:00:00.000Z".into(),
        writer: writer.into(),
    }
}

/// Fills localStorage until a write of `chunk` UTF-16 units no longer fits.
fn fill(store: &LocalStorage, chunk: usize) {
    let filler = "x".repeat(chunk);
    for i in 0.. {
        if store.set(&format!("filler:{i}"), &filler) == Err(StoreError::QuotaExceeded) {
            break;
        }
    }
}

#[wasm_bindgen_test]
fn adapter_round_trips_through_real_local_storage() {
    let store = local();
    assert_eq!(store.get("cx-workbench:test").unwrap(), None);
    store.set("cx-workbench:test", "ünïcödé ✓").unwrap();
    assert_eq!(
        store.get("cx-workbench:test").unwrap().as_deref(),
        Some("ünïcödé ✓")
    );
    assert_eq!(store.keys().unwrap(), vec!["cx-workbench:test".to_string()]);
    store.remove("cx-workbench:test").unwrap();
    assert_eq!(store.get("cx-workbench:test").unwrap(), None);
}

#[wasm_bindgen_test]
fn quota_exceeded_is_reported_and_keeps_the_last_save() {
    let store = local();
    let saved = workspace(&["Late deliveries, Q3"]);
    let last = repository::save(&store, &saved, None, &stamp("a")).unwrap();

    // A value bigger than any browser's localStorage quota (Chromium: 10 MiB).
    let huge = "x".repeat(6 * 1024 * 1024);
    assert_eq!(
        store.set("cx-workbench:huge", &huge),
        Err(StoreError::QuotaExceeded)
    );

    // Fill what is left, then try to save a bigger workspace.
    fill(&store, 512 * 1024);
    fill(&store, 1024);
    let names: Vec<String> = (0..200).map(|i| format!("Project {i}")).collect();
    let bigger = workspace(&names.iter().map(String::as_str).collect::<Vec<_>>());
    let result = repository::save(&store, &bigger, Some(&last), &stamp("a2"));
    assert_eq!(result, Err(SaveError::Store(StoreError::QuotaExceeded)));

    // What was saved before is intact.
    let back = repository::open(&store, "2026-11-24T10:00:00.000Z");
    assert_eq!(back.problem, None);
    assert_eq!(back.workspace, saved);
    assert_eq!(back.stamp(), Some(&stamp("a")));
    local();
}

#[wasm_bindgen_test]
fn unreadable_data_is_moved_aside_untouched() {
    let store = local();
    let garbage = "{\"schema_version\": 1, \"data\": {\"projects\": [ {\"id\": 7 ] }";
    store.set(keys::WORKSPACE, garbage).unwrap();
    let opened = repository::open(&store, "2026-11-24T10:00:00.000Z");
    assert!(opened.workspace.projects.is_empty());
    let Some(StartupProblem::MovedAside { key, .. }) = opened.problem else {
        panic!(
            "expected the data to be moved aside, got {:?}",
            opened.problem
        )
    };
    assert_eq!(store.get(&key).unwrap().as_deref(), Some(garbage));
    assert_eq!(store.get(keys::WORKSPACE).unwrap(), None);
    assert_eq!(repository::recovered_copies(&store).len(), 1);
    local();
}

#[wasm_bindgen_test]
fn unreadable_data_stays_put_when_it_cannot_be_copied() {
    let store = local();
    let newer = format!(
        "{{\"schema_version\": 999, \"saved_at\": \"x\", \"data\": {{\"pad\": \"{}\"}}}}",
        "y".repeat(3 * 1024 * 1024)
    );
    store.set(keys::WORKSPACE, &newer).unwrap();
    fill(&store, 256 * 1024);
    fill(&store, 1024);
    let opened = repository::open(&store, "2026-11-24T10:00:00.000Z");
    assert!(matches!(
        opened.problem,
        Some(StartupProblem::LeftInPlace {
            error: StoreError::QuotaExceeded,
            ..
        })
    ));
    assert_eq!(
        store.get(keys::WORKSPACE).unwrap().as_deref(),
        Some(newer.as_str())
    );
    local();
}

#[wasm_bindgen_test]
fn a_save_from_another_tab_is_a_conflict() {
    let store = local();
    let last = repository::save(&store, &workspace(&["A"]), None, &stamp("tab1")).unwrap();
    // The other tab writes over it.
    repository::save(&store, &workspace(&["B"]), Some(&last), &stamp("tab2")).unwrap();
    let mine = workspace(&["A", "C"]);
    assert_eq!(
        repository::save(&store, &mine, Some(&last), &stamp("tab1")),
        Err(SaveError::Conflict)
    );
    let stored = repository::open(&store, "t");
    assert_eq!(
        stored.workspace,
        workspace(&["B"]),
        "the other tab's save is untouched"
    );
    assert_eq!(stored.stamp(), Some(&stamp("tab2")));

    // A tab of the previous version writes the single key: a conflict too.
    store
        .set(keys::WORKSPACE, &encode(&workspace(&["D"]), &stamp("tab3")))
        .unwrap();
    assert_eq!(
        repository::save(&store, &mine, stored.stored.as_ref(), &stamp("tab1")),
        Err(SaveError::Conflict)
    );
    let (single, _) = decode(&store.get(keys::WORKSPACE).unwrap().unwrap()).unwrap();
    assert_eq!(single, workspace(&["D"]));
    local();
}

#[wasm_bindgen_test]
fn erase_all_leaves_other_sites_keys() {
    let store = local();
    repository::save(&store, &workspace(&["A", "B"]), None, &stamp("t")).unwrap();
    store.set("cx-workbench:workspace", "{}").unwrap();
    store.set("cx-workbench:unreadable:x", "{}").unwrap();
    store.set("someone-else", "keep").unwrap();
    repository::erase_all(&store, "2026-11-24T10:00:00.000Z").unwrap();
    let mut left = store.keys().unwrap();
    left.sort();
    assert_eq!(
        left,
        vec![keys::ERASED.to_string(), "someone-else".to_string()]
    );
    local();
}

// ---- The app as a component -------------------------------------------------------

/// The app mounted in a fresh `<div>` of its own (not the test runner's `#output`).
async fn mount() -> (web_sys::Element, yew::AppHandle<cx_workbench::ui::app::App>) {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    let app = yew::Renderer::<cx_workbench::ui::app::App>::with_root(div.clone()).render();
    settle().await;
    (div, app)
}

async fn settle() {
    yew::scheduler::flush().await;
}

/// Types `value` into the field `selector` as a user would (an `input` event follows).
async fn type_into(div: &web_sys::Element, selector: &str, value: &str) {
    let field = div.query_selector(selector).unwrap().expect(selector);
    js_sys::Reflect::set(&field, &"value".into(), &value.into()).unwrap();
    field
        .dispatch_event(&web_sys::InputEvent::new("input").unwrap())
        .unwrap();
    settle().await;
}

/// Submits the first form, as pressing its submit button would.
async fn submit(div: &web_sys::Element) {
    let form: web_sys::HtmlFormElement = div
        .query_selector("form")
        .unwrap()
        .unwrap()
        .unchecked_into();
    form.request_submit().unwrap();
    settle().await;
}

#[wasm_bindgen_test]
async fn app_creates_a_project_and_saves_it() {
    let store = local();
    let (div, app) = mount().await;
    assert!(div.text_content().unwrap().contains("No projects yet"));
    type_into(&div, "#new-project-name", "Billing errors").await;
    submit(&div).await;
    assert!(div.text_content().unwrap().contains("Billing errors"));

    // Saved shortly after the change (debounced), not on the keystroke.
    assert_eq!(store.get(keys::INDEX).unwrap(), None);
    gloo_timers::future::TimeoutFuture::new(600).await;
    let stored = repository::open(&store, "t").workspace;
    assert_eq!(stored.projects.len(), 1);
    assert_eq!(stored.projects[0].name, "Billing errors");
    app.destroy();
    div.remove();
    local();
}

#[wasm_bindgen_test]
async fn app_refuses_an_empty_name_and_keeps_the_description() {
    local();
    let (div, app) = mount().await;
    type_into(&div, "#new-project-description", "Typed before the name").await;
    submit(&div).await;
    let alert = div
        .query_selector("[role=alert]")
        .unwrap()
        .expect("an error message");
    assert!(alert
        .text_content()
        .unwrap()
        .contains("Enter a name for the project"));
    let text: web_sys::HtmlTextAreaElement = div
        .query_selector("#new-project-description")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(text.value(), "Typed before the name");
    app.destroy();
    div.remove();
    local();
}

#[wasm_bindgen_test]
fn a_journey_map_survives_real_local_storage() {
    use cx_workbench::domain::journey::templates::Template;
    use cx_workbench::domain::journey::Channel;
    let store = local();
    let mut n = 0;
    let mut map = Template::ContactCentreComplaint.build("j1".into(), "Complaint <call>", || {
        n += 1;
        format!("x{n}")
    });
    let stage = map.stages[1].id.clone();
    let pains = map.lanes[3].id.clone();
    map.add_card("pain".into(), &stage, &pains, "On hold \"25\" minutes ✓")
        .unwrap();
    map.set_channel(&map.cards[0].id.clone(), Some(Channel::Letter))
        .unwrap();
    map.workshop.participants.push("Ann".into());
    map.cast_dot("pain", "Ann").unwrap();
    map.set_emotion(&stage, Some(-2)).unwrap();
    let mut ws = workspace(&["Deliveries"]);
    std::rc::Rc::make_mut(&mut ws.projects[0])
        .journeys
        .push(std::rc::Rc::new(map.clone()));
    repository::save(&store, &ws, None, &stamp("tjourney")).unwrap();
    let opened = repository::open(&store, "2026-11-24T10:00:00.000Z");
    assert_eq!(opened.problem, None);
    assert_eq!(
        opened.workspace.projects[0].journeys,
        vec![std::rc::Rc::new(map)]
    );
}

#[wasm_bindgen_test]
async fn a_live_message_crosses_a_real_broadcast_channel() {
    use cx_workbench::domain::journey::live::{LiveMessage, CHANNEL};
    // Two ends in one page stand for two windows: a channel never hears itself.
    let facilitator = web_sys::BroadcastChannel::new(CHANNEL).unwrap();
    let projector = web_sys::BroadcastChannel::new(CHANNEL).unwrap();
    let (heard, _listener) = live_hub::hear(&projector);
    let draft = LiveMessage::Draft {
        project: "p".into(),
        journey: "j".into(),
        card: "c".into(),
        text: "Transferred <b>three</b> times".into(),
    };
    facilitator
        .post_message(&wasm_bindgen::JsValue::from_str(&draft.write()))
        .unwrap();
    facilitator
        .post_message(&wasm_bindgen::JsValue::from_str("not a message"))
        .unwrap();
    for _ in 0..50 {
        if !heard.borrow().is_empty() {
            break;
        }
        gloo_timers::future::TimeoutFuture::new(10).await;
    }
    gloo_timers::future::TimeoutFuture::new(30).await;
    assert_eq!(*heard.borrow(), vec![draft]);
    facilitator.close();
    projector.close();
}

// ---- The layout of schema 3 against real localStorage --------------------------

/// Every code unit a packed value can hold, written and read back through localStorage
/// (and JavaScript's strings) unchanged.
#[wasm_bindgen_test]
fn packed_text_reads_back_identical() {
    use cx_workbench::storage::packed::{pack, unpack};
    let store = local();
    let every_unit: String = (0x0800u32..=0x87ff).filter_map(char::from_u32).collect();
    store.set("cx-workbench:test", &every_unit).unwrap();
    assert_eq!(
        store.get("cx-workbench:test").unwrap().as_deref(),
        Some(every_unit.as_str())
    );
    // As JavaScript sees it: one UTF-16 unit each, in order.
    let raw = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    let js: js_sys::JsString = js_sys::Reflect::get(&raw, &"cx-workbench:test".into())
        .unwrap()
        .unchecked_into();
    assert_eq!(js.length(), 0x8000);
    assert!((0..0x8000u32).all(|i| js.char_code_at(i) as u32 == 0x0800 + i));

    let text = big::Words::new(7).text(200_000) + " ünïcödé ✓ \"quotes\" \u{1F600}";
    let packed = pack(&text);
    store.set("cx-workbench:test", &packed).unwrap();
    let back = store.get("cx-workbench:test").unwrap().unwrap();
    assert_eq!(back, packed);
    assert_eq!(unpack(&back).unwrap(), text);
    local();
}

#[wasm_bindgen_test]
fn a_save_cut_short_after_any_write_leaves_a_whole_state() {
    use interrupt::Interrupted;
    let mut n = 0;
    loop {
        let store = local();
        let old = workspace(&["A", "B", "C"]);
        let last = repository::save(&store, &old, None, &stamp("t1")).unwrap();
        let mut new = old.clone();
        std::rc::Rc::make_mut(&mut new.projects[0]).name = "A, edited".into();
        new.projects.remove(2);
        new.settings.organisation = "Acme Retail".into();
        let result = repository::save(
            &Interrupted::new(&store, n),
            &new,
            Some(&last),
            &stamp("t2"),
        );
        let opened = repository::open(&store, "2026-11-24T10:00:00.000Z");
        assert_eq!(opened.problem, None);
        assert!(
            opened.workspace == old || opened.workspace == new,
            "after {n} writes"
        );
        tidy::assert_tidy(&store, &format!("after {n} writes"));
        if result.is_ok() {
            assert_eq!(opened.workspace, new);
            break;
        }
        n += 1;
    }
    assert!(n >= 2);
    local();
}

#[wasm_bindgen_test]
fn a_workspace_three_times_the_quota_is_saved_and_read_back() {
    let store = local();
    big::assert_three_quotas_round_trip(&store);
    local();
}

#[wasm_bindgen_test]
fn a_complaint_log_is_kept_a_chunk_per_key_in_real_local_storage() {
    use cx_workbench::domain::complaints::edit::{ComplaintEdit, EntryChange};
    use cx_workbench::domain::complaints::log::{ComplaintLog, CHUNK};
    use cx_workbench::domain::complaints::model::{Complaint, ComplaintId};
    use cx_workbench::domain::edit::PartEdit;
    use std::rc::Rc;
    let store = local();
    let mut ws = workspace(&["Complaints", "Other"]);
    let received = chrono::NaiveDate::from_ymd_opt(2026, 11, 2)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    Rc::make_mut(&mut ws.projects[0]).complaints = ComplaintLog::from_entries(
        (0..3 * CHUNK as u64)
            .map(|n| Complaint::new(ComplaintId::fresh(n), received, &format!("late parcel {n}"))),
    );
    let first = repository::save(&store, &ws, None, &stamp("t1")).unwrap();
    assert_eq!(first.chunk_keys()[0].len(), 3);
    let mut edited = ws.clone();
    ComplaintEdit::Change {
        entry: ComplaintId::fresh(300),
        change: EntryChange::Summary("soaked parcel".into()),
        at: chrono::DateTime::UNIX_EPOCH,
        by: "Sam".into(),
    }
    .apply(&mut Rc::make_mut(&mut edited.projects[0]).complaints)
    .unwrap();
    let spy = interrupt::Interrupted::new(&store, usize::MAX);
    let second = repository::save(&spy, &edited, Some(&first), &stamp("t1")).unwrap();
    // The edited entry's chunk and the project's key, then the index.
    assert_eq!(spy.sets(keys::PROJECT_PREFIX).len(), 2);
    assert_eq!(first.chunk_keys()[0][0], second.chunk_keys()[0][0]);
    assert_ne!(first.chunk_keys()[0][1], second.chunk_keys()[0][1]);
    tidy::assert_tidy(&store, "after the edit");
    assert_eq!(repository::open(&store, "t").workspace, edited);
    local();
}
