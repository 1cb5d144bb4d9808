// What the reader chooses about deadline reminders (the options page's "Reminders" section).
// Day deadlines ("trước ngày 15/10") are reminded by default; a period deadline ("trong quý
// III") falls due on its last day, which says little about when the work is expected, so the
// reader switches those on.

/** How many days before the due day a reminder comes: the choices the options page offers. */
export const REMINDER_LEAD_DAYS = [1, 3, 7] as const;
export type ReminderLeadDays = (typeof REMINDER_LEAD_DAYS)[number];

export interface ReminderSettings {
  /** Reminders for tasks with a day deadline. */
  dayDeadlines: boolean;
  /** Reminders for tasks whose deadline is a month, quarter, half year or year. */
  periodDeadlines: boolean;
  leadDays: ReminderLeadDays;
}

export const DEFAULT_REMINDER_SETTINGS: Readonly<ReminderSettings> = {
  dayDeadlines: true,
  periodDeadlines: false,
  leadDays: 1,
};
