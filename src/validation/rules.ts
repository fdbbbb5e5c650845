import type { Severity } from "./check-result.js";
import type { ColumnType } from "./parse-typed.js";

/** The rules of one column, as `validate.columns.<name>` in trainyard.yml. */
export interface ColumnRule {
  type?: ColumnType;
  min?: number | string;
  max?: number | string;
  max_null_fraction?: number;
  mean?: { min?: number; max?: number };
  std?: { min?: number; max?: number };
  allowed?: (string | number | boolean)[];
  pattern?: string;
  max_age?: string;
  severity?: Severity;
  required?: boolean;
}

/** The whole `validate:` section. */
export interface ValidationRules {
  columns?: Record<string, ColumnRule>;
  required_only?: boolean;
  unique?: string[][];
  rows?: { min?: number; max?: number };
  label?: { column: string; min_class_fraction?: number; severity?: Severity };
  leakage?: { key?: string; severity?: Severity };
  drift?: {
    reference?: string;
    psi?: { warn?: number; error?: number };
    ks?: { warn?: number; error?: number };
    columns?: string[];
  };
}
