/**
 * lea-rapport: the national report's tables, the risk analysis, the inspector's judgement
 * (waarborgtoezicht) and the text, Markdown, JSON and CSV renderers.
 */
module nl.lea.rapport {
  requires transitive nl.lea.core;
  requires transitive nl.lea.bereik;
  requires nl.lea.json;
  // The report's wording is read from labels.json with the streaming parser lea-json uses too.
  requires com.fasterxml.jackson.core;
  requires static transitive org.apiguardian.api;

  exports nl.lea.rapport;
  exports nl.lea.rapport.render;
  exports nl.lea.rapport.risico;
  exports nl.lea.rapport.toezicht;

  uses nl.lea.rapport.render.RapportFormaat;
  provides nl.lea.rapport.render.RapportFormaat with nl.lea.rapport.render.PlatteTekstFormaat,
      nl.lea.rapport.render.MarkdownFormaat, nl.lea.rapport.render.JsonFormaat, nl.lea.rapport.render.CsvFormaat;
}
