/** One problem, announced to screen readers as it appears (role="alert"). */
import type { Problem } from './describe-error';

export function ProblemNotice({ problem }: { problem: Problem | null }) {
  // The live region stays mounted so assistive technology notices when a problem appears in it.
  return (
    <div role="alert" className="problem-region">
      {problem && (
        <div className="problem">
          <strong>{problem.title}</strong>
          {problem.detail && <span className="problem-detail">{problem.detail}</span>}
        </div>
      )}
    </div>
  );
}
