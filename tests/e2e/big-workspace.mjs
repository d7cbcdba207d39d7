// A big workspace as a backup file, with varied, realistic text from a seeded word
// generator (the word list and skew of tests/support/big.rs): projects that each hold a
// 60-stage × 12-lane journey map of 1,000 cards and, with `notes`, a second map of 1,400
// complaint-sized notes (about 250 characters each) as bulk data.
// Used by storage.spec.mjs and scripts/bench-storage.mjs.

const WORDS = ('customer called about the late parcel and was transferred three times before anyone could '
  + 'help refund promised within five working days but never arrived adviser apologised offered voucher '
  + 'escalated to team leader who rang back next morning email chat queue hold music too loud wrong address '
  + 'on account courier left it with neighbour missing item damaged box replacement sent same day complaint '
  + 'logged under reference billing error charged twice direct debit cancelled without notice letter '
  + 'explained policy clearly felt ignored frustrated relieved happy outcome first contact resolution survey '
  + 'score low high waiting time minutes hours weeks store manager app notification password reset failed '
  + 'again website timed out payment page discount code did not work order number lost').split(' ');

/** A seeded xorshift word generator: the same seed gives the same text. */
export function words(seed) {
  let x = seed >>> 0 || 1;
  const next = () => { x ^= x << 13; x >>>= 0; x ^= x >>> 17; x ^= x << 5; x >>>= 0; return x; };
  return (chars) => {
    let out = '';
    while (out.length < chars) {
      if (out) out += ' ';
      const r = next();
      const u = r % 1000;
      out += WORDS[Math.floor((u * u) / 1000 * WORDS.length / 1000)]; // skewed, as real text is
      if (r % 23 === 0) out += ` ${(r >>> 12) % 10000}`;
    }
    return out;
  };
}

function map(text, id, title, cards, chars) {
  const builtIn = ['CustomerActions', 'Touchpoints', 'ThinkingAndFeeling', 'PainPoints', 'Opportunities', 'Backstage', 'Kpis'];
  const lanes = Array.from({ length: 12 }, (_, i) => ({ id: `${id}l${i}`, kind: builtIn[i] ?? { Custom: `Team lane ${i}` } }));
  const stages = Array.from({ length: 60 }, (_, i) => ({ id: `${id}s${i}`, name: text(14), emotion: (i % 5) - 2 }));
  return {
    id, title, scope: text(40), personas: [], state: 'Current', stages, lanes,
    cards: Array.from({ length: cards }, (_, i) => ({
      id: `${id}c${i}`, stage: `${id}s${i % 60}`, lane: `${id}l${Math.floor(i / 60) % 12}`, text: text(chars),
      channel: null, moment_of_truth: i % 37 === 0, votes: [],
    })),
  };
}

/** The workspace's `data`: `projects` big projects, ids p0, p1, …  */
export function bigData({ projects, notes = false, seed = 20261201 }) {
  const text = words(seed);
  return {
    settings: { organisation: 'Acme Retail', complaint_model: 'Heat', date_style: 'DayMonthName' },
    projects: Array.from({ length: projects }, (_, p) => ({
      id: `p${p}`, name: `Project ${p}: ${text(20)}`, description: text(300),
      created_at: '2026-11-01T00:00:00Z', updated_at: '2026-11-01T00:00:00Z',
      journeys: [map(text, `j${p}`, 'Complaint call', 1000, 60), ...(notes ? [map(text, `n${p}`, 'Complaint notes', 1400, 250)] : [])],
    })),
  };
}

/** A whole-workspace backup file holding `data`. */
export function backupFile(data) {
  return JSON.stringify({ format: 'cx-workbench-backup', schema_version: 3, app_version: '0.1.0', exported_at: '2026-12-01T09:00:00.000Z', scope: 'workspace', data });
}
