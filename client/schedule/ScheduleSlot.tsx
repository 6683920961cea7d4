/**
 * Where /list shows its 일정: the section (and the schedule's code: the fairs' feed, reminders, the
 * live list it marks) loads in a chunk of its own once the page has hydrated. The server renders
 * nothing here (the schedule is read after hydration anyway), so hydrating /list evaluates none of it.
 */
import { lazy, Suspense } from 'react';
import { useHydrated } from '../ui/useHydrated.ts';

const ScheduleSection = lazy(() => import('./ScheduleSection.tsx').then((m) => ({ default: m.ScheduleSection })));

export function ScheduleSlot() {
  if (!useHydrated()) return null;
  return (
    <Suspense fallback={null}>
      <ScheduleSection />
    </Suspense>
  );
}
