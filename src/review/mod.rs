//! Review state: the decisions people make on top of the extraction, as a pure reducer.
