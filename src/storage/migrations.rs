//! Pure functions that bring stored or exported data of an older `schema_version` up to
//! the current one, one version at a time. Each is tested on a saved sample of the older
//! shape (tests/fixtures/storage/).

use super::read_error::ReadError;
use crate::domain::workspace::SCHEMA_VERSION;
use serde_json::Value;

/// Turns the `data` of one schema version into the next. The error says what was wrong.
pub type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` takes data of schema version `i + 1` to version `i + 2`. The next
/// change of shape appends its function here and raises `SCHEMA_VERSION`.
pub const MIGRATIONS: &[Migration] = &[v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5, v5_to_v6];

/// Version 2 gave projects their KPI datasets. Older projects get an empty list; the
/// version rises so that an older app, which would drop the datasets on its next save,
/// refuses the data instead.
fn v1_to_v2(mut data: Value) -> Result<Value, String> {
    let Some(projects) = data.get_mut("projects") else {
        return Ok(data);
    };
    let projects = projects
        .as_array_mut()
        .ok_or("\"projects\" is not a list")?;
    for p in projects {
        let p = p.as_object_mut().ok_or("a project is not an object")?;
        p.entry("datasets")
            .or_insert_with(|| Value::Array(Vec::new()));
    }
    Ok(data)
}

/// Data of this version or later (up to [`SCHEMA_VERSION`]) already has today's shape:
/// it is read as it is, without going through a JSON value. Raise it to the new version
/// when a migration changes the data itself.
pub const SAME_SHAPE_SINCE: u64 = 2;

/// Version 3 moved the workspace from one storage key to an index and a key per
/// project; the data itself kept its shape. The version rose so that an older app,
/// which reads only the single key, never takes a backup of this version for its own.
fn v2_to_v3(data: Value) -> Result<Value, String> {
    Ok(data)
}

/// Version 4 gave projects their root-cause analyses (`fishbones`, `whys`), which older
/// data simply lacks (read as empty lists). The version rose so that an older app, which
/// would drop the analyses on its next save, refuses the data instead.
fn v3_to_v4(data: Value) -> Result<Value, String> {
    Ok(data)
}

/// Version 5 gave projects their PDCA cycles (`pdca`), read as an empty list from older
/// data; the version rose so that an older app refuses the data rather than dropping the
/// cycles on its next save.
fn v4_to_v5(data: Value) -> Result<Value, String> {
    Ok(data)
}

/// Version 6 gave projects their complaint logs (`complaints`, read as empty from older
/// data) and settings their complaint scheme, holidays and categories (read as the
/// defaults); the version rose so that an older app refuses the data rather than
/// dropping the log on its next save.
fn v5_to_v6(data: Value) -> Result<Value, String> {
    Ok(data)
}

// The chain must always end at the version this build writes.
const _: () = assert!(SCHEMA_VERSION as usize == 1 + MIGRATIONS.len());

/// Brings `data` written with schema `from` up to [`SCHEMA_VERSION`].
pub fn migrate(from: u64, data: Value) -> Result<Value, ReadError> {
    run_chain(MIGRATIONS, from, data)
}

/// Runs the steps of `chain` from version `from` to the chain's last version
/// (`1 + chain.len()`). Separate from [`migrate`] so the stepping rules are tested on
/// chains of any length.
pub fn run_chain(chain: &[Migration], from: u64, mut data: Value) -> Result<Value, ReadError> {
    let newest = 1 + chain.len() as u64;
    if from == 0 {
        return Err(ReadError::WrongFormat(
            "schema_version 0 is not a version CX Workbench ever wrote".into(),
        ));
    }
    if from > newest {
        return Err(ReadError::NewerVersion {
            found: from,
            known: newest as u32,
        });
    }
    for (i, step) in chain.iter().enumerate().skip(from as usize - 1) {
        data = step(data).map_err(|why| {
            ReadError::WrongFormat(format!(
                "could not bring data version {} up to {}: {why}",
                i + 1,
                i + 2
            ))
        })?;
    }
    Ok(data)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn add_one(mut v: Value) -> Result<Value, String> {
        let n = v["steps"].as_array_mut().ok_or("no steps")?;
        n.push(json!(n.len() + 1));
        Ok(v)
    }

    #[test]
    fn chain_runs_each_later_step_in_order() {
        let chain: &[Migration] = &[add_one, add_one, add_one];
        let out = run_chain(chain, 2, json!({"steps": [1]})).unwrap();
        assert_eq!(out, json!({"steps": [1, 2, 3]}));
        let out = run_chain(chain, 4, json!({"steps": []})).unwrap();
        assert_eq!(
            out,
            json!({"steps": []}),
            "current version passes untouched"
        );
    }

    #[test]
    fn chain_refuses_unknown_versions() {
        let chain: &[Migration] = &[add_one];
        assert_eq!(
            run_chain(chain, 3, json!({})),
            Err(ReadError::NewerVersion { found: 3, known: 2 })
        );
        assert!(matches!(
            run_chain(chain, 0, json!({})),
            Err(ReadError::WrongFormat(_))
        ));
        let err = run_chain(chain, 1, json!({})).unwrap_err();
        assert!(err.to_string().contains("data version 1 up to 2: no steps"));
    }

    #[test]
    fn v1_projects_gain_an_empty_dataset_list() {
        let out = migrate(
            1,
            json!({"projects": [{"id": "a"}, {"id": "b", "datasets": [1]}]}),
        )
        .unwrap();
        assert_eq!(
            out,
            json!({"projects": [{"id": "a", "datasets": []}, {"id": "b", "datasets": [1]}]})
        );
        assert_eq!(migrate(1, json!({})).unwrap(), json!({}));
        assert!(migrate(1, json!({"projects": 5})).is_err());
        assert!(migrate(1, json!({"projects": [7]})).is_err());
    }

    #[test]
    fn versions_of_the_same_shape_need_no_change() {
        let data = json!({"projects": [{"id": "a", "datasets": []}]});
        for v in SAME_SHAPE_SINCE..=SCHEMA_VERSION as u64 {
            assert_eq!(migrate(v, data.clone()).unwrap(), data);
        }
    }

    #[test]
    fn current_version_needs_no_step() {
        let data = json!({"projects": []});
        assert_eq!(migrate(SCHEMA_VERSION as u64, data.clone()).unwrap(), data);
    }
}
