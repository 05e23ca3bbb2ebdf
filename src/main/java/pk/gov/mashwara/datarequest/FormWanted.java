package pk.gov.mashwara.datarequest;

/** The form in which the NSMCWG wants the data: figures in the answer's text, a file, or a table (CSV or XLSX). */
public enum FormWanted {
    FIGURES, FILE, TABLE
}
