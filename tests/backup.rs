//! Backup files: export and read back, and every kind of bad file refused with where
//! the problem is, never a panic.

use cx_workbench::domain::{Project, ProjectId, ProjectText, Workspace};
use cx_workbench::storage::backup::{
    export_project, export_workspace, file_name, fresh_copies, read_backup, BackupScope,
    MAX_BACKUP_BYTES,
};
use cx_workbench::storage::envelope::decode;
use cx_workbench::storage::ReadError;

const SAMPLE: &str = include_str!("fixtures/backup/v1-workspace-backup.json");

fn workspace() -> Workspace {
    decode(include_str!("fixtures/storage/v1-workspace.json"))
        .unwrap()
        .0
}

fn problems(text: &str) -> Vec<String> {
    read_backup(text).unwrap_err().details()
}

#[test]
fn saved_sample_backup_reads() {
    let b = read_backup(SAMPLE).unwrap();
    assert_eq!(b.scope, BackupScope::Workspace);
    assert_eq!(b.workspace.projects[0].name, "Late deliveries, Q3");
    assert_eq!(b.exported_at.as_deref(), Some("2026-11-24T09:31:00.000Z"));
}

#[test]
fn export_and_read_back() {
    let ws = workspace();
    let text = export_workspace(&ws, "2026-11-24T10:00:00.000Z");
    let back = read_backup(&text).unwrap();
    assert_eq!(back.workspace, ws);
    assert_eq!(back.scope, BackupScope::Workspace);

    let one = export_project(&ws, &ws.projects[1].id, "2026-11-24T10:00:00.000Z").unwrap();
    let back = read_backup(&one).unwrap();
    assert_eq!(back.scope, BackupScope::Project);
    assert_eq!(back.workspace.projects, vec![ws.projects[1].clone()]);
    assert!(export_project(&ws, &ProjectId("nope".into()), "x").is_none());
}

#[test]
fn a_byte_order_mark_is_accepted() {
    assert!(read_backup(&format!("\u{feff}{SAMPLE}")).is_ok());
}

#[test]
fn file_names_are_safe_and_dated() {
    assert_eq!(
        file_name(None, "2026-11-24"),
        "cx-workbench-backup-2026-11-24.json"
    );
    assert_eq!(
        file_name(Some("Late deliveries, Q3 / North!"), "2026-11-24"),
        "cx-workbench-project-late-deliveries-q3-north-2026-11-24.json"
    );
    assert_eq!(
        file_name(Some("../../etc/passwd"), "d"),
        "cx-workbench-project-etc-passwd-d.json"
    );
    assert_eq!(
        file_name(Some("ÆØÅ"), "d"),
        "cx-workbench-project-project-d.json"
    );
}

#[test]
fn malformed_json_names_line_and_column() {
    let broken = SAMPLE.replace("\"scope\": \"workspace\",", "\"scope\": \"workspace\"");
    match read_backup(&broken).unwrap_err() {
        ReadError::NotJson { line, .. } => assert_eq!(line, 7),
        other => panic!("unexpected {other:?}"),
    }
    assert!(matches!(read_backup(""), Err(ReadError::NotJson { .. })));
    assert!(matches!(read_backup("{"), Err(ReadError::NotJson { .. })));
}

#[test]
fn other_documents_are_the_wrong_format() {
    for text in [
        "{}",
        "[]",
        "42",
        "\"backup\"",
        r#"{"format":"something-else"}"#,
    ] {
        assert!(
            matches!(read_backup(text), Err(ReadError::WrongFormat(_))),
            "{text}"
        );
    }
    let no_data = r#"{"format":"cx-workbench-backup","schema_version":1}"#;
    assert!(problems(no_data)[0].contains("no \"data\""));
}

#[test]
fn problems_inside_the_data_name_their_json_path() {
    let bad_date = SAMPLE.replace(
        "\"created_at\": \"2026-09-01T08:00:00Z\"",
        "\"created_at\": \"soon\"",
    );
    assert!(problems(&bad_date)[0].starts_with("data.projects[0].created_at: "));

    let wrong_type = SAMPLE.replace("\"name\": \"Late deliveries, Q3\"", "\"name\": 42");
    assert!(problems(&wrong_type)[0].starts_with("data.projects[0].name: invalid type"));

    let bad_model = SAMPLE.replace("\"Craft\"", "\"Shouting\"");
    assert!(problems(&bad_model)[0].starts_with("data.settings.complaint_model: unknown variant"));

    let dup = SAMPLE.replace(
        "]\n  }",
        r#", { "id": "a1", "name": "", "created_at": "2026-09-01T08:00:00Z", "updated_at": "2026-09-01T08:00:00Z" }]
  }"#,
    );
    let found = problems(&dup);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("data.projects[1].id: \"a1\" is used by an earlier project"));
    assert!(found[1].starts_with("data.projects[1].name: Enter a name"));
}

#[test]
fn hostile_files_are_refused_without_panicking() {
    // Deep nesting, balanced or not, outside and inside the data: refused, and the
    // stack survives (serde_json skips values iteratively and limits recursion).
    let deep = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
    assert!(read_backup(&deep).is_err());
    let unbalanced = "[".repeat(200_000);
    assert!(matches!(
        read_backup(&unbalanced),
        Err(ReadError::NotJson { .. })
    ));
    let deep_in_data = format!(
        r#"{{"format":"cx-workbench-backup","schema_version":2,"scope":"workspace","data":{{"projects":{}{}}}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(problems(&deep_in_data)[0].starts_with("data.projects"));

    // Too big to be a real backup.
    let huge = " ".repeat(MAX_BACKUP_BYTES + 1);
    assert!(matches!(
        read_backup(&huge),
        Err(ReadError::TooLarge { .. })
    ));

    // Absurd numbers and lengths.
    let version =
        r#"{"format":"cx-workbench-backup","schema_version":18446744073709551615,"data":{}}"#;
    assert!(matches!(
        read_backup(version),
        Err(ReadError::NewerVersion { .. })
    ));
    let zero = r#"{"format":"cx-workbench-backup","schema_version":0,"data":{}}"#;
    assert!(matches!(read_backup(zero), Err(ReadError::WrongFormat(_))));
    let long_name = SAMPLE.replace("Late deliveries, Q3", &"x".repeat(100_000));
    assert!(problems(&long_name)[0].contains("120 characters or fewer"));

    // Markup is data, not code: it is kept as text (the UI renders it as text).
    let markup = SAMPLE.replace("Late deliveries, Q3", "<script>alert(1)</script>");
    assert_eq!(
        read_backup(&markup).unwrap().workspace.projects[0].name,
        "<script>alert(1)</script>"
    );

    // Too many projects.
    let many: Vec<String> = (0..10_001)
        .map(|i| format!(r#"{{"id":"p{i}","name":"n","created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}}"#))
        .collect();
    let text = format!(
        r#"{{"format":"cx-workbench-backup","schema_version":1,"scope":"workspace","data":{{"projects":[{}]}}}}"#,
        many.join(",")
    );
    assert!(problems(&text)[0].contains("at most 10000"));
}

#[test]
fn imported_projects_get_fresh_ids_and_distinct_names() {
    let existing = workspace();
    let imported = vec![
        existing.projects[0].clone(),
        std::rc::Rc::new(Project::new(
            ProjectId("new".into()),
            ProjectText::parse("Brand new", "").unwrap(),
            chrono::DateTime::UNIX_EPOCH,
        )),
    ];
    let mut n = 0;
    let copies = fresh_copies(&imported, &existing, || {
        n += 1;
        // The first id offered clashes with an existing one and must be skipped.
        if n == 1 {
            existing.projects[0].id.clone()
        } else {
            ProjectId(format!("fresh{n}"))
        }
    });
    assert_eq!(copies[0].id.as_str(), "fresh2");
    assert_eq!(copies[0].name, "Late deliveries, Q3 (imported)");
    assert_eq!(copies[1].name, "Brand new");
    assert_eq!(copies[0].created_at, existing.projects[0].created_at);
}

#[test]
fn a_backup_must_say_what_it_holds() {
    let no_scope = SAMPLE.replace("\"scope\": \"workspace\",\n", "");
    assert!(problems(&no_scope)[0].contains("no \"scope\""));
    let long_org = SAMPLE.replace("Acme Retail", &"o".repeat(121));
    assert!(problems(&long_org)[0].starts_with("data.settings.organisation: must be 120"));
    let odd_id = SAMPLE.replace("\"id\": \"a1\"", "\"id\": \"a1/../x\"");
    assert!(problems(&odd_id)[0].starts_with("data.projects[0].id: must be 1 to 64 letters"));
}

#[path = "support/big.rs"]
#[allow(dead_code)] // its storage round trip is for the storage tests
mod big;

/// Storage is compressed, so a workspace the app keeps (here 24 big projects, three
/// times the quota as plain JSON, and a complaint log of 50,000 entries) makes a backup
/// of some 56 MB: the app must read back every backup it writes.
#[test]
fn the_backup_of_a_workspace_that_fills_storage_reads_back() {
    use cx_workbench::domain::complaints::log::ComplaintLog;
    use cx_workbench::domain::complaints::model::{Complaint, ComplaintId};
    let mut ws = big::workspace(24, true);
    let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 1)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap();
    let mut words = big::Words::new(7);
    let log = ComplaintLog::from_entries((0..50_000u64).map(|n| {
        let mut c = Complaint::new(
            ComplaintId::fresh(n),
            start + chrono::Duration::minutes(n as i64 * 29),
            &words.text(180),
        );
        c.customer = format!("ACC-{:05}", n % 40_000);
        c.category = "Late delivery".into();
        c
    }));
    std::rc::Rc::make_mut(&mut ws.projects[0]).complaints = log;
    let text = export_workspace(&ws, "2026-12-01T10:00:00.000Z");
    assert!(text.len() > 20 * 1024 * 1024, "{} bytes", text.len());
    let back = read_backup(&text).expect("the app reads its own backup");
    assert!(back.workspace == ws, "read back intact");
}
