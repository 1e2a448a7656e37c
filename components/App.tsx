// The side panel: onboarding switcher, the open task, the checklist, and mount points for the other domains' panels.
import { lazy, Suspense, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { guide as realGuide } from '../utils/guide';
import type { Guide, TaskId } from '../utils/guide/schema';
import { activeOnboarding } from '../utils/progress/state';
import { findTask, nextTask } from '../utils/progress/view';
import type { FirstRead } from './hooks/earlyRead';
import { useProgress } from './hooks/useProgress';
import { Notices } from './Notices';
import { OnboardingBar } from './OnboardingBar';
import { SectionLoading, useAfterFirstScreen, VAULT_TITLE, VERIFY_TITLE } from './sections';
import { StageList } from './StageList';
import { StatusBar } from './StatusBar';
import { TaskCard } from './TaskCard';
// ── mount point imports (owners add one import line each) ──
import PageStatus from './guidance/PageStatus';
import DnsSection from './dns/DnsSection';
// Below the checklist: their code (and the schemas and checks it brings) loads once the checklist is on screen.
const VaultPanel = lazy(() => import('./vault/VaultPanel'));
const VerifyPanel = lazy(() => import('./verify/VerifyPanel'));

export default function App({ guide = realGuide, first = null }: { guide?: Guide; first?: FirstRead | null }) {
  const progress = useProgress(first);
  const { state, apply } = progress;
  // The card each onboarding has open (by onboarding id): switching shows that onboarding's own card, and a new one
  // opens on its first open task, never on the card another onboarding had open.
  const [chosenBy, setChosenBy] = useState<Partial<Record<string, TaskId>>>({});
  // After the first task card, a new card takes the focus (see TaskCard).
  const cardShown = useRef(false);
  // …but only when the focus was lost with the old card or sits in the checklist, never away from a dialog's opener.
  const shouldFocusCard = useCallback(() => {
    const at = document.activeElement;
    return cardShown.current && (!at || at === document.body || Boolean(at.closest('.checklist')));
  }, []);
  // Tests and the first-render measurement wait for this: the checklist is on screen with real progress.
  // A layout effect: it runs as the checklist is committed, so the mark is set the moment the DOM holds it.
  useLayoutEffect(() => {
    if (state) document.documentElement.dataset.panelReady = 'true';
  }, [state]);
  // A passive effect, so it runs after the first card's own effect: the first card does not take the focus.
  useEffect(() => {
    if (state) cardShown.current = true;
  }, [state]);
  const later = useAfterFirstScreen(state !== null);

  if (!state) {
    return (
      <main className="loading">
        <h1>Engage Copilot</h1>
        {progress.loadError ? (
          <div role="alert">
            <p>{progress.loadError}</p>
            <button type="button" onClick={progress.retry}>
              Try again
            </button>
          </div>
        ) : (
          <output>Loading your progress…</output>
        )}
      </main>
    );
  }

  const onboarding = activeOnboarding(state);
  const chosen = chosenBy[onboarding.id] ?? null;
  const setChosen = (id: TaskId | null) => setChosenBy((by) => ({ ...by, [onboarding.id]: id ?? undefined }));
  const next = nextTask(guide, onboarding);
  const open = (chosen && findTask(guide, chosen)) || (next && findTask(guide, next.id));
  // Choosing the task already open shows nothing new: the focus moves to its card, as it does for any other task.
  const openTask = (id: TaskId) => {
    if (id === open?.task.id) document.querySelector<HTMLElement>('[data-open-card] h2')?.focus();
    else setChosen(id);
  };

  return (
    <>
      <header className="app-header">
        <h1>Engage Copilot</h1>
        <OnboardingBar state={state} apply={apply} />
      </header>
      <main>
        <Notices notices={progress.notices} apply={apply} />
        {/* ── mount point: <PageStatus /> (guidance: what this console tab is guiding) ── */}
        <PageStatus state={state} nextId={next?.id ?? null} onOpen={setChosen} apply={apply} />
        {open ? (
          <TaskCard
            key={`${onboarding.id}/${open.task.id}`}
            shouldFocus={shouldFocusCard}
            task={open.task}
            stage={open.stage}
            onboarding={onboarding}
            isNext={open.task.id === next?.id}
            apply={apply}
            undoPageDone={progress.undoPageDone}
            openConsole={progress.openConsole}
            onBackToNext={chosen && chosen !== next?.id ? () => setChosen(null) : undefined}
          />
        ) : (
          <section className="task-card" aria-labelledby="all-done">
            <h2 id="all-done">Every task is done</h2>
            <p>All tasks in “{onboarding.name}” are done or skipped. Open any task below to review or undo it.</p>
          </section>
        )}
        {/* The checklist comes right after the open task: it is how a person moves through the guide. */}
        <StageList guide={guide} onboarding={onboarding} openId={open?.task.id ?? null} onOpen={openTask} />
        {/* Keyed by onboarding: another onboarding gets fresh sections, never this one's typed keys, open report or status lines. */}
        {/* ── mount point: <VaultPanel /> (credentials carried between consoles) ── */}
        <Suspense fallback={<SectionLoading title={VAULT_TITLE} className="task-card vault" />}>
          {later ? <VaultPanel key={onboarding.id} onboarding={onboarding.name} /> : <SectionLoading title={VAULT_TITLE} className="task-card vault" />}
        </Suspense>
        {/* ── mount point: <VerifyPanel /> (checks through the vendor APIs) ── */}
        <Suspense fallback={<SectionLoading title={VERIFY_TITLE} className="verify" />}>
          {later ? <VerifyPanel key={onboarding.id} /> : <SectionLoading title={VERIFY_TITLE} className="verify" />}
        </Suspense>
        {/* ── mount point: <DnsSection /> (SendGrid's DNS records; its panel loads when opened) ── */}
        <DnsSection key={onboarding.id} openTaskId={open?.task.id} onboardingId={onboarding.id} />
      </main>
      <footer className={progress.status ? undefined : 'footer-empty'}>
        <StatusBar status={progress.status} apply={apply} />
      </footer>
    </>
  );
}
