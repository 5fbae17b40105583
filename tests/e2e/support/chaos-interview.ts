import { expect } from '@playwright/test';
import { launchBrowser, type BrowserSession, type LaunchOptions } from './chaos-browser';
import {
  checkRestoredDraft,
  compareTableWithTranscript,
  findLostAnswers,
  lettersDue,
  type GivenAnswer,
  type Invariant,
  type TypedRun,
} from './chaos-ledger';
import { describePlan, type InterviewPlan, type Step } from './chaos-plan';
import type { Random } from './chaos-random';
import { openCheckPage, readStoredInterview, type StoredInterview } from './chaos-records';
import { labels } from './rehearsal';

const l = labels.en;
const practiceLabel = 'Practice with coaching';
const errorTitle = 'Something went wrong';
const screenTimeout = 20_000;
const saveTimeout = 15_000;
// "A few seconds": how long the tab opened after a restart may say the interview is open elsewhere before it
// must have taken the interview over by itself.
const ownershipGraceMs = 3_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type ChaosSettings = {
  launch: LaunchOptions;
  /** Wait for drafts to come back (false with CHAOS_DRAFTS=0: the draft checks still run, only quicker). */
  drafts: boolean;
  /** How much typing may be lost at an interruption: about a second, plus the time a write takes. */
  draftWindowMs: number;
  /** One letter every so many milliseconds while typing is timed. */
  typingIntervalMs: number;
  /** Answer texts to draw from. */
  texts: readonly string[];
};

export type ChaosTotals = {
  interviews: number;
  reloads: number;
  restarts: number;
  kills: number;
  given: number;
  stored: number;
  lost: number;
  draftChecks: number;
  draftCharsLostMax: number;
  draftMsLostMax: number;
};

export function emptyTotals(): ChaosTotals {
  return {
    interviews: 0,
    reloads: 0,
    restarts: 0,
    kills: 0,
    given: 0,
    stored: 0,
    lost: 0,
    draftChecks: 0,
    draftCharsLostMax: 0,
    draftMsLostMax: 0,
  };
}

type Screen = 'begin' | 'answer' | 'feedback' | 'report' | 'elsewhere' | 'error';

/** Text the learner put in the box that the app has not taken yet: typed and interrupted, or submitted unsaved. */
type Pending =
  | { kind: 'typed'; text: string; run: TypedRun }
  | { kind: 'submitted'; text: string; filledAt: number; interruptedAt: number };

const short = (text: string) => JSON.stringify(text.length > 48 ? `${text.slice(0, 45)}...` : text);

/**
 * Drives one interview like a learner, through the page only, and interrupts it as its plan says. It keeps a
 * ledger of the answers given and of those the page reported saved, and checks the device after every restart.
 */
export class ChaosInterview {
  readonly log: string[] = [];
  private attemptId = '';
  private currentMain = 0;
  private onProbe = false;
  private readonly probeAnswers = new Map<number, number>();
  private pending: Pending | null = null;
  private readonly steps: Step[];
  private readonly given: GivenAnswer[] = [];
  private answerCount = 0;
  private finishReported = false;
  private lastInterruption = 'the start';
  private endKillDone = false;
  private readonly started = Date.now();

  constructor(
    public session: BrowserSession,
    private readonly plan: InterviewPlan,
    private readonly random: Random,
    private readonly settings: ChaosSettings,
    private readonly totals: ChaosTotals,
    private readonly violate: (invariant: Invariant, detail: string) => void,
  ) {
    this.steps = [...plan.steps];
  }

  private get page() {
    return this.session.page;
  }
  private box = () => this.page.getByRole('textbox', { name: l.answer });
  private feedbackContinue = () =>
    this.page.getByRole('region', { name: l.feedback }).getByRole('button', { name: l.continue });
  private begin = () => this.page.getByRole('button', { name: l.begin });
  private report = () => this.page.getByRole('article', { name: l.report });
  private errorPage = () => this.page.getByRole('heading', { name: errorTitle });
  private saved = () => this.page.getByText(l.saved, { exact: true });
  private transcript = () => this.page.getByRole('list', { name: 'Interview transcript' });
  private continueHere = () => this.page.getByRole('button', { name: 'Continue here' });
  private get launch(): LaunchOptions {
    return { ...this.settings.launch, webLocks: this.plan.webLocks };
  }

  private note(text: string) {
    this.log.push(`+${Date.now() - this.started}ms ${text}`);
  }

  /** Runs the interview to its end and the device check after it; returns the browser to go on with. */
  async run(): Promise<BrowserSession> {
    this.note(describePlan(this.plan));
    if (this.session.webLocks !== this.plan.webLocks) {
      await this.session.close();
      this.session = await launchBrowser(this.launch);
    }
    await this.start();
    for (let turn = 0; turn < 80; turn += 1) {
      const screen = await this.screen();
      if (screen === 'elsewhere') {
        await this.onElsewhere();
        continue;
      }
      await this.settleSubmitted();
      if (screen === 'error') throw new Error('the error page replaced the interview');
      if (this.pending && screen !== 'answer') this.pendingGone(screen);
      if (screen === 'report') return this.finish();
      if (screen === 'begin') await this.begin().click();
      else if (screen === 'feedback') await this.onFeedback();
      else await this.onAnswer();
    }
    throw new Error('the interview did not end within 80 turns');
  }

  /** After a failure: a fresh browser, and the device checked for answers reported saved. */
  async recover(): Promise<BrowserSession> {
    try {
      await this.session.kill();
    } catch {
      // Already gone.
    }
    this.session = await launchBrowser(this.launch);
    if (this.attemptId) {
      await openCheckPage(this.page);
      this.checkStored(await readStoredInterview(this.page, this.attemptId), { consistent: false });
    }
    return this.session;
  }

  private async start() {
    await this.page.goto('/rehearse');
    const name = this.page.getByLabel(l.name);
    const learner = this.page.getByRole('combobox', { name: /Practising as/ });
    await expect(name.or(learner).first()).toBeVisible({ timeout: screenTimeout });
    if (await name.isVisible()) {
      await name.fill('Chaos Learner');
      await this.page.getByRole('button', { name: l.create }).click();
      await expect(learner).toHaveValue(/.+/);
    }
    await this.page.getByRole('link', { name: l.scenario, exact: true }).click();
    await this.page.getByRole('radio', { name: this.plan.mode === 'mock' ? l.mock : practiceLabel }).check();
    await this.page.getByRole('button', { name: l.start }).click();
    await this.page.waitForURL(/\/rehearse\/attempt\/[^/]+$/);
    this.attemptId = new URL(this.page.url()).pathname.split('/').at(-1)!;
    this.note(`attempt ${this.attemptId}`);
  }

  /** Which screen the interview shows, once it shows one. */
  private async screen(): Promise<Screen> {
    const any = this.box()
      .or(this.feedbackContinue())
      .or(this.begin())
      .or(this.report())
      .or(this.continueHere())
      .or(this.errorPage());
    for (let look = 0; look < 5; look += 1) {
      await any.first().waitFor({ timeout: screenTimeout });
      if (await this.errorPage().isVisible()) return 'error';
      if (await this.report().isVisible()) return 'report';
      if (await this.continueHere().isVisible()) return 'elsewhere';
      if (await this.box().isVisible()) return 'answer';
      if (await this.feedbackContinue().isVisible()) return 'feedback';
      if (await this.begin().isVisible()) return 'begin';
    }
    throw new Error('no interview screen settled');
  }

  private async readBar() {
    const bar = await this.page
      .getByText(/Question \d+ of \d+|Follow-up question/)
      .first()
      .textContent({ timeout: screenTimeout });
    const main = /Question (\d+) of/.exec(bar ?? '');
    if (main) this.currentMain = Number(main[1]);
    this.onProbe = !main;
  }

  private shouldEnd(atFeedback: boolean): boolean {
    if (this.steps.length && this.currentMain < 5) return false;
    const target = this.plan.mainQuestions;
    return this.currentMain > target || (atFeedback && this.currentMain >= target);
  }

  private nextText(): string {
    this.answerCount += 1;
    return `[${this.plan.index}.${this.answerCount}] ${this.random.pick(this.settings.texts)}`;
  }

  private tagOf(text: string): string {
    return text.slice(0, text.indexOf(']') + 1);
  }

  private async inTranscript(text: string): Promise<boolean> {
    return ((await this.transcript().textContent()) ?? '').includes(this.tagOf(text));
  }

  private async isSaved(): Promise<boolean> {
    return this.saved().isVisible();
  }

  /** A submitted answer whose save was not seen: once the transcript shows it, the app took it. */
  private async settleSubmitted() {
    if (this.pending?.kind !== 'submitted') return;
    if (!(await this.inTranscript(this.pending.text))) return;
    this.note(`${this.tagOf(this.pending.text)} was taken before the interruption`);
    this.accept(this.pending.text, false);
    this.pending = null;
  }

  /** The interview moved on without the text the learner had in the box. */
  private pendingGone(screen: Screen) {
    const pending = this.pending!;
    this.pending = null;
    if (pending.kind === 'typed')
      this.violate(
        'draft-kept',
        `typed ${short(pending.run.text)}, then the interview showed ${screen}, no answer box`,
      );
    else this.note(`${this.tagOf(pending.text)} neither stored nor asked again (${screen})`);
  }

  private accept(text: string, reportedSaved: boolean) {
    this.given.push({ text, reportedSaved, lost: false });
    this.totals.given += 1;
    if (this.onProbe) this.probeAnswers.set(this.currentMain, (this.probeAnswers.get(this.currentMain) ?? 0) + 1);
  }

  /** Submits the text and waits, as a careful learner would, until the page says it is saved. */
  private async submitAndConfirm(text: string) {
    await this.box().fill(text);
    await this.page.getByRole('button', { name: l.submit }).click();
    await expect(this.transcript()).toContainText(this.tagOf(text), { timeout: saveTimeout });
    await expect(this.saved()).toBeVisible({ timeout: saveTimeout });
    this.accept(text, true);
    this.note(`${this.tagOf(text)} saved`);
  }

  private async onFeedback() {
    await this.readBar();
    if (this.shouldEnd(true)) return this.end();
    if (this.random.chance(this.plan.feedbackChaos)) {
      if (this.random.chance(0.5)) return this.reload('at the feedback');
      const delay = this.random.int(0, 300);
      const consistent = await this.isSaved();
      await this.feedbackContinue().click();
      await sleep(delay);
      this.note(`kill ${delay}ms after "Continue"`);
      return this.relaunch('kill', consistent && (await this.isSaved()));
    }
    await this.feedbackContinue().click();
  }

  private async onAnswer() {
    await this.readBar();
    if (this.pending) return this.resume();
    if (this.shouldEnd(false)) return this.end();
    const value = await this.box().inputValue();
    if (value !== '') {
      this.violate('draft-fresh', `a new question's answer box holds ${short(value)}`);
      await this.box().fill('');
    }
    if (this.onProbe && (this.probeAnswers.get(this.currentMain) ?? 0) >= 1) return this.decline();
    const text = this.nextText();
    const step = this.steps.shift();
    if (!step) return this.submitAndConfirm(text);
    this.note(`${this.tagOf(text)} ${step.kind}`);
    switch (step.kind) {
      case 'reload-before':
        return this.reload('before typing');
      case 'restart-before':
        return this.relaunch('restart', await this.isSaved());
      case 'kill-after-saved':
        await this.submitAndConfirm(text);
        return this.relaunch('kill', await this.isSaved());
      case 'kill-after-submit':
        return this.killAfterSubmit(text, step.delayMs);
      default:
        return this.typeAndInterrupt(text, step);
    }
  }

  /**
   * The page says the interview is open in another tab, though this is the learner's only tab: what the killed
   * or closed browser held must not keep the interview from the restarted one for more than a few seconds.
   */
  private async onElsewhere() {
    const since = Date.now();
    const heading = (await this.page.getByRole('heading', { name: /in another tab/ }).textContent()) ?? '';
    const cleared = await this.continueHere()
      .waitFor({ state: 'hidden', timeout: ownershipGraceMs })
      .then(
        () => true,
        () => false,
      );
    if (cleared) return this.note(`"${heading}" for ${Date.now() - since}ms, then the interview went on by itself`);
    this.violate(
      'interview-owned',
      `after ${this.lastInterruption} the only tab showed "${heading}" for ${ownershipGraceMs} ms: "Continue here" was needed`,
    );
    await this.continueHere().click();
    await this.continueHere().waitFor({ state: 'hidden', timeout: screenTimeout });
    this.note(`"Continue here" took ${Date.now() - since}ms`);
  }

  /** Declines a further follow-up, so interviews stay short. */
  private async decline() {
    const items = this.transcript().getByRole('listitem');
    const before = await items.count();
    await this.page.getByRole('button', { name: l.dontKnow }).click();
    await expect.poll(() => items.count(), { timeout: saveTimeout }).toBeGreaterThan(before);
    await expect(this.saved()).toBeVisible({ timeout: saveTimeout });
    this.accept('', true);
  }

  private async killAfterSubmit(text: string, delayMs: number) {
    await this.box().fill(text);
    const filledAt = Date.now();
    await this.page.getByRole('button', { name: l.submit }).click();
    await sleep(delayMs);
    const [saved, shown] = await Promise.all([this.isSaved(), this.inTranscript(text)]);
    const interruptedAt = Date.now();
    if (saved && shown) this.accept(text, true);
    else this.pending = { kind: 'submitted', text, filledAt, interruptedAt };
    this.note(`kill ${delayMs}ms after "Submit answer" (${saved && shown ? 'saved' : 'not yet saved'})`);
    await this.relaunch('kill', saved);
  }

  private async typeAndInterrupt(text: string, step: Step) {
    const consistent = await this.isSaved();
    const typed = text.slice(0, Math.min(step.letters, text.length - 1));
    const box = this.box();
    await box.focus();
    const times: number[] = [];
    const began = Date.now();
    for (let i = 0; i < typed.length; i += 1) {
      const wait = began + i * this.settings.typingIntervalMs - Date.now();
      if (wait > 0) await sleep(wait);
      await this.page.keyboard.type(typed[i]!);
      times.push(Date.now());
    }
    await sleep(step.offsetMs);
    const run: TypedRun = { text: typed, times, interruptedAt: Date.now() };
    this.pending = { kind: 'typed', text, run };
    this.note(`typed ${typed.length} letters in ${run.interruptedAt - began}ms, then ${step.kind}`);
    if (step.kind === 'reload-typing') return this.reload('while typing', consistent);
    return this.relaunch(step.kind === 'kill-typing' ? 'kill' : 'restart', consistent);
  }

  /** Back at the answer box after an interruption: what came back, then the learner finishes the answer. */
  private async resume() {
    const pending = this.pending!;
    this.pending = null;
    const window = this.settings.draftWindowMs;
    if (pending.kind === 'typed') {
      const value = await this.waitForDraft(lettersDue(pending.run, window), pending.run.text.length);
      const check = checkRestoredDraft(pending.run, value, window);
      this.totals.draftChecks += 1;
      if (!check.problem || check.problem.invariant === 'draft-kept') {
        this.totals.draftCharsLostMax = Math.max(this.totals.draftCharsLostMax, check.lostChars);
        this.totals.draftMsLostMax = Math.max(this.totals.draftMsLostMax, check.lostMs);
      }
      this.note(`draft: ${value.length} of ${pending.run.text.length} typed letters back`);
      if (check.problem) this.violate(check.problem.invariant, check.problem.detail);
    } else {
      const value = await this.waitForDraft(0, pending.text.length);
      if (value !== '' && !pending.text.startsWith(value))
        this.violate('draft-typed', `submitted ${short(pending.text)}, the box holds ${short(value)}`);
      else if (value === '' && pending.interruptedAt - pending.filledAt > window)
        this.violate(
          'submitted-text-kept',
          `${short(pending.text)} was submitted ${pending.interruptedAt - pending.filledAt}ms before the kill, then neither stored nor kept as a draft`,
        );
    }
    await this.submitAndConfirm(pending.text);
  }

  /** The answer box's text once a stored draft had its chance to come back. */
  private async waitForDraft(due: number, full: number): Promise<string> {
    const settle = this.settings.drafts ? 400 : 150;
    const limit = this.settings.drafts ? 1_500 : 150;
    const since = Date.now();
    for (;;) {
      const value = await this.box().inputValue();
      const waited = Date.now() - since;
      // A stored draft comes back in one piece: once the box holds what is due, and anything at all, that is it.
      const enough = value.length >= due && (value.length > 0 || waited >= settle);
      if (value.length >= full || enough || waited >= limit) return value;
      await sleep(100);
    }
  }

  private async end() {
    this.note('end interview');
    await this.page.getByRole('button', { name: l.finish }).click();
    // While a main question is unanswered the app asks first; the learner confirms.
    const endNow = this.page.getByRole('alertdialog').getByRole('button', { name: l.endNow });
    if (
      await endNow.waitFor({ state: 'visible', timeout: 1500 }).then(
        () => true,
        () => false,
      )
    ) {
      this.note('confirm ending early');
      await endNow.click();
    }
    if (this.plan.ending !== 'kill-after-end' || this.endKillDone) return;
    this.endKillDone = true;
    await sleep(this.plan.endDelayMs);
    const [saved, report] = await Promise.all([this.isSaved(), this.report().isVisible()]);
    if (saved && report) this.finishReported = true;
    this.note(`kill ${this.plan.endDelayMs}ms after "End interview" (${saved && report ? 'saved' : 'not yet saved'})`);
    await this.relaunch('kill', saved);
  }

  /** The report is shown: once it says saved, the browser is quit and the device checked afresh. */
  private async finish(): Promise<BrowserSession> {
    await expect(this.saved()).toBeVisible({ timeout: saveTimeout });
    this.finishReported = true;
    this.note('report saved, restart');
    await this.relaunch('restart', true, false);
    const stored = await readStoredInterview(this.page, this.attemptId);
    this.checkStored(stored, { consistent: true });
    // An interview ended before any answer of substance is closed as abandoned, not completed.
    const nothingGiven = this.given.length === 0 && stored.rows.length === 0;
    if (stored.status !== 'completed' && !(nothingGiven && stored.status === 'abandoned'))
      this.violate(
        'attempt-completed',
        `the report said saved, the attempt is stored as ${stored.status ?? 'missing'}`,
      );
    this.totals.stored += stored.rows.length;
    this.note(`stored ${stored.rows.length} answers, transcript ${stored.transcript?.length ?? 'none'}`);
    return this.session;
  }

  private async reload(when: string, consistent?: boolean) {
    const clean = consistent ?? (await this.isSaved());
    this.note(`reload ${when}`);
    this.lastInterruption = `a reload ${when}`;
    await this.page.reload();
    this.totals.reloads += 1;
    this.checkStored(await readStoredInterview(this.page, this.attemptId), { consistent: clean });
  }

  /**
   * Ends the browser (quit or SIGKILL), starts it again on the same profile, checks the device before the
   * interview page can write anything, then opens the interview again as a learner would.
   */
  private async relaunch(how: 'kill' | 'restart', consistent: boolean, reopen = true) {
    const since = Date.now();
    if (how === 'kill') {
      await this.session.kill();
      this.totals.kills += 1;
    } else {
      await this.session.close();
      this.totals.restarts += 1;
    }
    const ended = Date.now();
    this.lastInterruption = how === 'kill' ? 'a SIGKILL of the browser' : 'a browser restart';
    this.session = await launchBrowser(this.launch);
    const launched = Date.now();
    await openCheckPage(this.page);
    this.note(
      `${how}: ended in ${ended - since}ms, launched in ${launched - ended}ms, app in ${Date.now() - launched}ms`,
    );
    if (!reopen) return;
    this.checkStored(await readStoredInterview(this.page, this.attemptId), { consistent });
    await this.page.goto(`/rehearse/attempt/${this.attemptId}`);
  }

  /**
   * Every answer reported saved must be stored; when nothing was being written at the interruption, the
   * answers table must equal the stored transcript.
   */
  private checkStored(stored: StoredInterview, { consistent }: { consistent: boolean }) {
    const lost = findLostAnswers(this.given, stored);
    for (const answer of lost.table)
      this.violate('lost-answer', `${short(answer.text)} was reported saved; the answers table lacks it`);
    for (const answer of lost.transcript)
      this.violate('lost-from-transcript', `${short(answer.text)} was reported saved; the stored transcript lacks it`);
    this.totals.lost += new Set([...lost.table, ...lost.transcript]).size;
    if (!consistent) return;
    const difference = compareTableWithTranscript(stored);
    if (difference) this.violate('table-equals-transcript', difference);
  }
}
