"""Reading a plan (Kế hoạch): its goals and reporting duties proposed from its text,
confirmed by an analyst, saved as a goals batch with the plan kept beside it.

- :mod:`etl.plan.read`: a .docx, .pdf, .txt or .html file -> its text;
- :mod:`etl.plan.patterns`: how plans write goals and duties, as one table of rules;
- :mod:`etl.plan.extract`: the text -> proposals (:mod:`etl.plan.model`);
- :mod:`etl.plan.save`: confirmed proposals -> a goals batch.
"""
