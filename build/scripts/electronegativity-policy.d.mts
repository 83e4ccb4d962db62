export declare const SEVERITY: Readonly<{ INFORMATIONAL: 0; LOW: 1; MEDIUM: 2; HIGH: 3 }>;
export declare const MIN_REASON_LENGTH: number;
export interface AcceptedFinding {
  id: string;
  file: string;
  reason: string;
}
export interface Issue {
  id: string;
  file?: string;
  location?: { line?: number; column?: number };
  severity?: { value?: number; name?: string };
  description?: string;
}
export interface ScanError {
  file?: string;
  message?: string;
  tolerable?: boolean;
}
export declare function acceptedFindings(readme: string): AcceptedFinding[];
export declare function judgeScan(
  scan: { issues: Issue[]; errors: ScanError[] },
  accepted: AcceptedFinding[],
): { failing: Issue[]; explained: { issue: Issue; reason: string }[]; minor: Issue[]; unparsed: ScanError[]; stale: AcceptedFinding[]; ok: boolean };
export declare function describeIssue(issue: Issue): string;
