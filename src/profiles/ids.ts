/** The profile ids alone, so the CLI's argument parser can list them without loading any profile (fast --help). */
export const PROFILE_IDS: readonly string[] = ["mof", "xinjiang", "shanghai"];
