import { DEMO_DEPARTMENTS, DEMO_DOMAIN, FAMILY_NAMES, GIVEN_NAMES, type Name, type TITLES } from './names';
import { prng } from './random';

type Level = keyof typeof TITLES;

export type DemoPerson = {
  number: string;
  family: Name;
  given: Name;
  email: string;
  departmentCode: string;
  level: Level;
  grade: string;
  manager: DemoPerson | null;
  hireDate: string;
  status: 'active' | 'retired';
  locale: 'ja' | 'en';
};

export type DemoCompany = {
  people: DemoPerson[];
  /** The people the demo sign-ins belong to. */
  signIns: { admin: DemoPerson; hr: DemoPerson; manager: DemoPerson; employee: DemoPerson };
  /** Everyone in 人事部 gets the hr role. */
  hrStaff: DemoPerson[];
};

/** The fewest employees that still fill every department with a head and a few members. */
export const MIN_DEMO_EMPLOYEES = 30;

// Hire years by level: seniors joined earlier. Most join on 1 April (新卒), the rest mid-career (中途).
const HIRE_YEARS: Record<Level, [number, number]> = {
  ceo: [1986, 1990],
  divisionHead: [1988, 2000],
  deptHead: [1992, 2008],
  sectionHead: [1998, 2014],
  lead: [2006, 2020],
  member: [2012, 2025],
};
const GRADE: Record<Exclude<Level, 'member'>, string> = { ceo: 'G6', divisionHead: 'G6', deptHead: 'G5', sectionHead: 'G4', lead: 'G3' };

export function generateCompany(count: number, seed: number): DemoCompany {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const people: DemoPerson[] = [];

  const person = (departmentCode: string, level: Level, manager: DemoPerson | null): DemoPerson => {
    // Skewed pick (u^1.4): common family names such as 佐藤 appear more often, as in real rosters.
    const family = FAMILY_NAMES[Math.floor(rnd() ** 1.4 * FAMILY_NAMES.length)]!;
    const given = GIVEN_NAMES[Math.floor(rnd() * GIVEN_NAMES.length)]!;
    const [lo, hi] = HIRE_YEARS[level];
    const year = int(lo, hi);
    const hireDate = rnd() < 0.7 ? `${year}-04-01` : `${year}-${pad(int(1, 12))}-${pad(int(1, 28))}`;
    const leaf = level === 'member' || level === 'lead';
    const p: DemoPerson = {
      number: '',
      family,
      given,
      email: '',
      departmentCode,
      level,
      grade: level === 'member' ? (year >= 2021 ? 'G1' : 'G2') : GRADE[level],
      manager,
      hireDate,
      // Only people without reports retire, so every active person keeps an active manager.
      status: leaf && rnd() < 0.03 ? 'retired' : 'active',
      locale: rnd() < 0.03 ? 'en' : 'ja',
    };
    people.push(p);
    return p;
  };

  const ceo = person('HQ', 'ceo', null);
  const heads = new Map<string, DemoPerson>([['HQ', ceo]]);
  for (const d of DEMO_DEPARTMENTS) {
    if (!d.parent) continue;
    heads.set(d.code, person(d.code, d.weight === 0 ? 'divisionHead' : 'deptHead', heads.get(d.parent)!));
  }

  // The rest spread over the 部 by weight (largest remainder, so the total is exact).
  const depts = DEMO_DEPARTMENTS.filter((d) => d.weight > 0);
  const rest = Math.max(0, count - people.length);
  const totalWeight = depts.reduce((s, d) => s + d.weight, 0);
  const shares = depts.map((d) => (rest * d.weight) / totalWeight);
  const sizes = shares.map(Math.floor);
  const order = shares.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0]);
  const missing = rest - sizes.reduce((s, n) => s + n, 0);
  for (let k = 0; k < missing; k++) sizes[order[k]![1]]! += 1;

  depts.forEach((d, i) => {
    const size = sizes[i]!;
    const head = heads.get(d.code)!;
    const sections = size >= 8 ? Math.max(1, Math.round(size / 10)) : 0;
    const kacho = Array.from({ length: sections }, () => person(d.code, 'sectionHead', head));
    for (let k = 0; k < size - sections; k++) {
      const boss = kacho.length ? kacho[k % kacho.length]! : head;
      person(d.code, rnd() < 0.2 ? 'lead' : 'member', boss);
    }
  });

  // Numbers follow seniority (hire date), as in most Japanese personnel systems.
  const sorted = [...people].sort((a, b) => a.hireDate.localeCompare(b.hireDate));
  sorted.forEach((p, i) => {
    p.number = String(100001 + i);
  });
  const used = new Map<string, number>();
  for (const p of people) {
    const base = `${p.given[2]}.${p.family[2]}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    p.email = `${base}${n === 1 ? '' : n}@${DEMO_DOMAIN}`;
  }

  const active = (p: DemoPerson) => p.status === 'active';
  // The employee signs in next to the person who really interviews them: their own manager, a 課長
  // with a team of five or more (so the team's figures show), and someone there since before the
  // oldest demo round (so their history is full).
  const teamSize = (m: DemoPerson) => people.filter((p) => p.manager === m && active(p)).length;
  const fits = (p: DemoPerson) =>
    p.level === 'member' &&
    active(p) &&
    p.hireDate < '2020-01-01' &&
    !!p.manager &&
    p.manager.level === 'sectionHead' &&
    teamSize(p.manager) >= 5;
  const employee =
    people.find((p) => p.departmentCode === 'SALES-1' && fits(p)) ??
    people.find(fits) ??
    people.find((p) => (p.level === 'member' || p.level === 'lead') && active(p) && !!p.manager)!;
  return {
    people,
    signIns: { admin: heads.get('ADM-IT')!, hr: heads.get('ADM-HR')!, manager: employee.manager!, employee },
    hrStaff: people.filter((p) => p.departmentCode === 'ADM-HR' && active(p)),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');
