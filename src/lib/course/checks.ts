// "Check your understanding" questions as pages see them (the schema is in checks.schema.ts).

export interface CheckOption {
  text: string;
  correct: boolean;
  why: string;
}

export type Check =
  | {id: string; prompt: string; type: "choice"; options: CheckOption[]}
  | {id: string; prompt: string; type: "numeric"; answer: number; tolerance: number; unit: string; why: string}
  | {id: string; prompt: string; type: "predict"; scenario: string; options: CheckOption[]; run: string};

/** Whether an answer is right: an option index for choice/predict, a number for numeric. */
export function isCorrect(check: Check, answer: number): boolean {
  if (check.type === "numeric") return Math.abs(answer - check.answer) <= check.tolerance;
  return check.options[answer]?.correct === true;
}
