// Whether a directive in a newly read article follows up a task the reader tracks: it cites the
// task's document, or it instructs the same body on the same matter. "The same matter" is the
// similarity of the two actions once the words every directive shares are set aside (who is
// addressed, the directive verbs, deadlines): syllable pairs, because Vietnamese compounds
// ("giải phóng mặt bằng", "chuyển đổi số") carry the matter, weighted so that a long rare
// compound counts more than a common one.
import { foldForSearch } from '../search/fold';
import { type DocumentIdentity, sameDocument } from './document-key';

export interface TaskForMatching {
  text: string;
  assignees: readonly string[];
  /** Documents cited in the task's own passage. */
  documents: readonly DocumentIdentity[];
}

export interface DirectiveForMatching {
  text: string;
  assignees: readonly string[];
  documents: readonly DocumentIdentity[];
}

export type FollowUpReason = 'same-document' | 'same-matter';

export interface FollowUpMatch {
  reason: FollowUpReason;
  /** 0..1: the action similarity (1 for a shared document). */
  score: number;
}

/** Below this, two actions of the same body are different tasks (tested on made-up pairs). */
export const SAME_MATTER_THRESHOLD = 0.4;

/**
 * Words of the directive form rather than of its matter (directives.md §3–4): addressing, the
 * verbs that open any instruction, intensifiers and deadline words. Folded.
 */
const FORM_WORDS = new Set(
  [
    'yêu cầu',
    'đề nghị',
    'giao',
    'chỉ đạo',
    'chủ trì',
    'phối hợp',
    'với',
    'các',
    'cơ quan',
    'đơn vị',
    'liên quan',
    'khẩn trương',
    'tập trung',
    'tiếp tục',
    'quyết liệt',
    'triển khai',
    'thực hiện',
    'tổ chức',
    'chỉ đạo',
    'nghiêm túc',
    'hiệu quả',
    'kịp thời',
    'đẩy nhanh',
    'tiến độ',
    'hoàn thành',
    'trước ngày',
    'trong tháng',
    'trong năm',
    'cuối năm',
    'báo cáo',
    'ubnd',
    'tỉnh',
    'huyện',
    'thành phố',
    'sở',
    'ngành',
    'địa phương',
    'theo',
    'quy định',
    'để',
    'và',
    'của',
    'cho',
    'trên',
    'địa bàn',
    'việc',
    'công tác',
    'nhiệm vụ',
    'phải',
    'cần',
    'đảm bảo',
    'bảo đảm',
    'xong',
    'ngay',
    'trong',
    'tuần',
    'này',
    'kết quả',
    'về',
    'đối với',
    'có',
    'được',
    'những',
    'một',
    'số',
    'nội dung',
    'trên',
    'tham mưu',
    'đề xuất',
    'xem xét',
    'chủ động',
  ].map(foldForSearch),
);

/** Longest first, so "trong thang" goes before "trong". */
const FORM_WORDS_LONGEST_FIRST = [...FORM_WORDS].sort((x, y) => y.length - x.length);

/** Department names as the press abbreviates them ("Sở GTVT"), folded. */
const DEPARTMENT_ABBREVIATIONS: Record<string, string> = {
  gtvt: 'giao thong van tai',
  tnmt: 'tai nguyen va moi truong',
  khdt: 'ke hoach va dau tu',
  nnptnt: 'nong nghiep va phat trien nong thon',
  nnmt: 'nong nghiep va moi truong',
  ldtbxh: 'lao dong thuong binh va xa hoi',
  vhttdl: 'van hoa the thao va du lich',
  gddt: 'giao duc va dao tao',
  tttt: 'thong tin va truyen thong',
  khcn: 'khoa hoc va cong nghe',
  xd: 'xay dung',
  yt: 'y te',
};

/** The assignee as a comparable name: folded, abbreviations spelt out, "tỉnh X" and "các" dropped. */
export function bodyName(name: string): string {
  const folded = foldForSearch(name)
    .replace(/&/g, '')
    .replace(/\b(so|bo)\s+([a-z]+)\b/, (whole, kind: string, short: string) =>
      DEPARTMENT_ABBREVIATIONS[short] ? `${kind} ${DEPARTMENT_ABBREVIATIONS[short]}` : whole,
    );
  return folded
    .replace(/^cac\s+/, '')
    .replace(/\s+(?:tinh|thanh pho)(?:\s+[\p{L}]+)*$/u, '')
    .trim();
}

/**
 * The matter's syllables: the text folded, assignee names and form words removed. What precedes
 * the first addressee is who speaks and where ("Kết luận hội nghị, Chủ tịch UBND tỉnh … yêu cầu"),
 * not the matter, so the action is read from the addressee on.
 */
function matterSyllables(text: string, assignees: readonly string[]): string[] {
  let folded = fromFirstAddressee(` ${foldForSearch(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `, assignees);
  for (const name of assignees) folded = folded.split(` ${foldForSearch(name)} `).join(' ');
  for (const word of FORM_WORDS_LONGEST_FIRST) folded = folded.split(` ${word} `).join(' ');
  return folded.split(' ').filter((syllable) => syllable !== '' && !/^\d+$/.test(syllable));
}

/** The text from its first addressee on, when an addressee is named before some words of action. */
function fromFirstAddressee(folded: string, assignees: readonly string[]): string {
  const starts = assignees
    .map((name) => folded.indexOf(` ${foldForSearch(name).replace(/[^\p{L}\p{N}]+/gu, ' ')} `))
    .filter((index) => index >= 0);
  if (starts.length === 0) return folded;
  const rest = folded.slice(Math.min(...starts));
  return rest.trim().split(' ').length > 3 ? rest : folded;
}

/** Syllable pairs, each weighted by its length in letters (long compounds are rarer). */
function pairWeights(syllables: readonly string[]): Map<string, number> {
  const weights = new Map<string, number>();
  for (let i = 0; i + 1 < syllables.length; i += 1) {
    const pair = `${syllables[i]} ${syllables[i + 1]}`;
    weights.set(pair, Math.max(weights.get(pair) ?? 0, pair.length));
  }
  return weights;
}

/** Weighted overlap of the two actions' syllable pairs, relative to the smaller action. */
/** An action's matter as weighted syllable pairs, computed once and compared with many (a stored task's). */
export type MatterWeights = ReadonlyMap<string, number>;

export function matterWeights(action: { text: string; assignees: readonly string[] }): MatterWeights {
  return pairWeights(matterSyllables(action.text, action.assignees));
}

/** Weighted overlap of two actions' syllable pairs (Dice coefficient over the weights). */
export function matterSimilarity(left: MatterWeights, right: MatterWeights): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const [pair, weight] of left) if (right.has(pair)) shared += weight;
  const total = (weights: MatterWeights) => [...weights.values()].reduce((sum, weight) => sum + weight, 0);
  return (2 * shared) / (total(left) + total(right));
}

export function actionSimilarity(a: { text: string; assignees: readonly string[] }, b: typeof a): number {
  return matterSimilarity(matterWeights(a), matterWeights(b));
}

/** A task or directive with its matter and comparable assignee names worked out once. */
export interface PreparedAction {
  bodies: ReadonlySet<string>;
  matter: MatterWeights;
  documents: readonly DocumentIdentity[];
}

export function prepareAction(action: TaskForMatching | DirectiveForMatching): PreparedAction {
  return {
    bodies: new Set(action.assignees.map(bodyName).filter((name) => name !== '')),
    matter: matterWeights(action),
    documents: action.documents,
  };
}

/** The follow-up this directive is of the task, or null when it is not one. */
export function matchFollowUp(task: TaskForMatching, directive: DirectiveForMatching): FollowUpMatch | null {
  return matchPrepared(prepareAction(task), prepareAction(directive));
}

/** matchFollowUp on prepared actions: a visit prepares each directive once for all candidate tasks. */
export function matchPrepared(task: PreparedAction, directive: PreparedAction): FollowUpMatch | null {
  if (task.documents.some((cited) => directive.documents.some((other) => sameDocument(cited, other)))) {
    return { reason: 'same-document', score: 1 };
  }
  if (![...directive.bodies].some((body) => task.bodies.has(body))) return null;
  const score = matterSimilarity(task.matter, directive.matter);
  return score >= SAME_MATTER_THRESHOLD ? { reason: 'same-matter', score } : null;
}

/** A task as its match row stores it: matter as [pair, weight] entries, names already compared. */
export interface StoredAction {
  bodies: readonly string[];
  matter: readonly (readonly [string, number])[];
  documents: readonly DocumentIdentity[];
}

/**
 * matchPrepared for a stored task without building its maps: a visit compares every candidate
 * row with every directive, so this runs hundreds of times per visit. Same answer as
 * matchPrepared on the prepared task (tests/unit/register/follow-up.test.ts).
 */
export function matchStored(
  task: StoredAction,
  directive: PreparedAction,
  taskTotal = totalOf(task),
): FollowUpMatch | null {
  if (task.documents.some((cited) => directive.documents.some((other) => sameDocument(cited, other)))) {
    return { reason: 'same-document', score: 1 };
  }
  if (!task.bodies.some((body) => directive.bodies.has(body))) return null;
  if (task.matter.length === 0 || directive.matter.size === 0) return null;
  let shared = 0;
  for (const [pair, weight] of task.matter) if (directive.matter.has(pair)) shared += weight;
  let directiveTotal = 0;
  for (const weight of directive.matter.values()) directiveTotal += weight;
  const score = (2 * shared) / (taskTotal + directiveTotal);
  return score >= SAME_MATTER_THRESHOLD ? { reason: 'same-matter', score } : null;
}

/** The sum of a stored task's matter weights. */
export function totalOf(task: Pick<StoredAction, 'matter'>): number {
  let total = 0;
  for (const [, weight] of task.matter) total += weight;
  return total;
}
