-- Query engine (issue 4): WD_readPoint / WD_bizLocation walk master-data children from parent to child,
-- so the recursive CTE joins vocabulary_children on element_key (the 0001 index is keyed by child_key).
CREATE INDEX ix_vocabulary_children_parent ON vocabulary_children (element_key, child_key);
