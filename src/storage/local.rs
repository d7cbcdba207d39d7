//! The browser's localStorage behind [`KeyValueStore`], and the browser's own figures
//! for storage use. Every failure is returned, never panicked on, so a full or disabled
//! storage leaves the app running with the work in memory.

use super::kv::{KeyValueStore, StoreError};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// `window.localStorage`.
#[derive(Clone, Debug)]
pub struct LocalStorage {
    storage: web_sys::Storage,
}

impl LocalStorage {
    /// The page's localStorage, or why it cannot be used.
    pub fn open() -> Result<Self, StoreError> {
        let window =
            web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".into()))?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(LocalStorage { storage }),
            Ok(None) => Err(StoreError::Unavailable(
                "localStorage is switched off".into(),
            )),
            Err(e) => Err(store_error(e)),
        }
    }
}

/// Reads a browser exception: a full quota is told apart from every other failure.
fn store_error(e: JsValue) -> StoreError {
    if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
        // Chromium and Firefox name it QuotaExceededError; old Firefox used code 1014.
        if ex.name() == "QuotaExceededError" || ex.code() == 22 || ex.code() == 1014 {
            return StoreError::QuotaExceeded;
        }
        return StoreError::Unavailable(format!("{}: {}", ex.name(), ex.message()));
    }
    StoreError::Unavailable(e.as_string().unwrap_or_else(|| "unknown error".into()))
}

impl KeyValueStore for LocalStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(store_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(store_error)
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage.remove_item(key).map_err(store_error)
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        let n = self.storage.length().map_err(store_error)?;
        let mut keys = Vec::with_capacity(n as usize);
        for i in 0..n {
            if let Some(key) = self.storage.key(i).map_err(store_error)? {
                keys.push(key);
            }
        }
        Ok(keys)
    }
}

/// The browser's estimate of what this site stores in all (every storage kind, the
/// service worker's cache included) and the most it may store: `(usage, quota)` in bytes.
pub async fn estimate() -> Option<(f64, f64)> {
    let manager = web_sys::window()?.navigator().storage();
    let promise = manager.estimate().ok()?;
    let estimate: web_sys::StorageEstimate = JsFuture::from(promise).await.ok()?.unchecked_into();
    Some((estimate.get_usage()?, estimate.get_quota()?))
}
