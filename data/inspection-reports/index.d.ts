/** The folder of the reports, `<urn>-<council>.pdf`, wherever this package is installed. */
export declare const reportsDir: string;
/** The attribution the Open Government Licence asks for wherever the reports are redistributed. */
export declare const ATTRIBUTION: string;
