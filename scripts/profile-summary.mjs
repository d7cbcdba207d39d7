// A CPU profile summed by function, per event: self time (top 25), then the inclusive time
// of the app's own functions and the framework's render steps (top 40).

/** Prints the summary of `profile` (a CDP Profiler.stop result) over `events` events. */
export function summarise(profile, events) {
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + profile.timeDeltas[i]);
  const self = new Map();
  for (const n of profile.nodes) {
    const name = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}`;
    self.set(name, (self.get(name) ?? 0) + (dt.get(n.id) ?? 0));
  }
  const each = (us) => (us / 1000 / events).toFixed(2).padStart(7);
  const total = [...self.entries()].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).reduce((a, [, v]) => a + v, 0);
  console.log(`busy ${(total / 1000).toFixed(0)} ms over ${events} events = ${(total / 1000 / events).toFixed(1)} ms each`);
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${each(v)} ms  ${k}`);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    let id = profile.samples[i];
    const seen = new Set();
    while (id) {
      const f = byId.get(id).callFrame.functionName.replace(/::h[0-9a-f]{16}$/, '');
      if (!seen.has(f)) { seen.add(f); incl.set(f, (incl.get(f) ?? 0) + profile.timeDeltas[i]); }
      id = parent.get(id);
    }
  }
  console.log('--- inclusive');
  for (const [k, v] of [...incl.entries()].filter(([k]) => /cx_workbench|serde_json|miniz|yew::scheduler|RenderRunner|reconcile/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${each(v)} ms  ${k.slice(0, 160)}`);
}
