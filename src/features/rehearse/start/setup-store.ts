import { create } from 'zustand';
import type { InterviewMode } from '@/domain/interview/interview-types';
import type { Persona } from '@/domain/scenario/scenario-schema';

export const timeLimitChoices = [0, 1, 2, 3, 5] as const;

type RehearsalSetup = {
  mode: InterviewMode;
  /** null: the scenario's own auditor persona. */
  persona: Persona | null;
  /** 0: no limit (mock audit only). */
  timeLimitMinutes: number;
  set: (changes: Partial<Omit<RehearsalSetup, 'set'>>) => void;
};

/** The choices on the start form, kept while the learner moves between scenarios. */
export const useRehearsalSetup = create<RehearsalSetup>()((set) => ({
  mode: 'practice',
  persona: null,
  timeLimitMinutes: 0,
  set: (changes) => set(changes),
}));
