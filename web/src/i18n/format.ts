/** Dates, times and numbers for Kazakhstan: one implementation, shared with the server. */
export { formatDate, formatDateTime, formatNumber } from '@qorgau/domain/locale-format';
