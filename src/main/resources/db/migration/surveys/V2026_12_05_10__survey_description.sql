-- What a survey is about and for whom, in its languages, shown on its page before one starts.
alter table surveys_survey add column description ${json};
