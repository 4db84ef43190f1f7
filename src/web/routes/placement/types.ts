// Response shapes of the placement API, as the UI reads them.

export type Dept = { id: string; name: string; nameEn: string | null };

export type Decision = {
  decision: string;
  at: string;
  message?: string;
  note?: string;
  position?: { id: string; title: string } | null;
  decidedBy?: { id: string; familyName: string; givenName: string };
};

export type Person = {
  id: string;
  employeeNumber: string;
  familyName: string;
  givenName: string;
  familyNameKana: string | null;
  givenNameKana: string | null;
  jobTitle: string | null;
  department: Dept | null;
};

export type Wish = {
  id: string;
  employeeId: string;
  kind: string;
  desiredRole: string;
  desiredDepartment: Dept | null;
  track: string;
  timeframe: string;
  relocation: string;
  note: string;
  disclosure: string;
  status: string;
  state: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  decision: Decision | null;
  can: { edit: boolean; withdraw: boolean; decide: boolean };
  employee?: Person | null;
};

export type MyWishes = { items: Wish[]; manager: { familyName: string; givenName: string } | null; limit: number };

export type Paged<T> = { items: T[]; page: number; pageSize: number; total: number; totalCapped: boolean };

export type Position = {
  id: string;
  kind: string;
  title: string;
  department: Dept | null;
  description: string;
  requiredSkills: string[];
  track: string;
  status: string;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export type Reason = { code: string; points: number; caution: boolean; text: string };

export type Candidate = { employee: Person | null; wish: Wish | null; score: number; reasons: Reason[] };

export type Candidates = Paged<Candidate> & { position: Position; shortlist: number };

/** The form's values: strings only, so the draft can keep them across a reload. */
export type WishForm = {
  kind: string;
  desiredRole: string;
  desiredDepartmentId: string;
  track: string;
  timeframe: string;
  relocation: string;
  note: string;
  disclosure: string;
};
