namespace OneStop.Api.Problems;

/// <summary>
/// Every problem type the API answers with, for the OpenAPI document: its code (the <c>type</c> is
/// <c>urn:onestop:problem:</c> followed by it), its status and what it means. Codes a test finds in the sources but
/// not here fail the test suite, so the list cannot fall behind.
/// </summary>
public static class ProblemTypes
{
    public static IReadOnlyList<(string Code, int Status, string Meaning)> All { get; } =
    [
        ("bad_request", 400, "The request cannot be read."),
        ("portal_push_off", 404, "The server is not configured to receive dossiers pushed by the national portal."),
        ("portal_key_invalid", 401, "The national portal's push presented a wrong key (X-Portal-Key)."),
        ("portal_data_missing", 400, "The portal's push carries no 'data' list."),
        ("portal_dossier_unreadable", 400, "A dossier the portal pushed lacks MaHoSo, MaTTHC, ChuHoSo or a NgayTiepNhan as yyyyMMddHHmmss."),
        ("portal_unavailable", 503, "A file of the portal's dossier could not be read from the portal; nothing was filed, send it again."),
        ("dead_letter_not_found", 404, "The dossier has no report to the portal stopped on errors."),
        ("refusal_not_found", 404, "No dossier from the portal with this code is refused."),
        ("invalid_input", 400, "Fields are wrong; 'errors' names each field with its messages."),
        ("malformed_json", 400, "The body is not the JSON the route expects."),
        ("body_missing", 400, "The route needs a JSON body."),
        ("multipart_required", 415, "An upload is multipart/form-data."),
        ("unsupported_media_type", 415, "The body's content type is not accepted."),
        ("form_missing", 400, "A submission without its 'form' part."),
        ("form_first", 400, "The 'form' part must come before the files."),
        ("form_twice", 400, "Only one 'form' part."),
        ("form_too_large", 413, "The 'form' part is too large."),
        ("malformed_part", 400, "A part of the upload cannot be read."),
        ("unexpected_part", 400, "A supplement carries files only."),
        ("unknown_decision", 400, "A reception decision is receive, refuse or requestSupplement."),
        ("decision_required", 400, "A department decision needs its kind."),
        ("new_appointment_required", 400, "An apology needs the new appointment."),
        ("unknown_form", 400, "Forms are mau-01 to mau-06, and ket-qua (the notice of the result)."),
        ("unknown_department", 400, "Not a department code."),
        ("unknown_intake_point", 400, "No intake point with this code."),
        ("unknown_identity", 400, "Development sign-in: not one of the identities offered."),
        ("intake_point_required", 400, "A counter's day needs an intake point."),
        ("invalid_period", 400, "A report's period: from and to (yyyy-MM-dd), at most a year."),
        ("invalid_grouping", 400, "A report groups by department, procedure, intakePoint, week or month."),
        ("onboarded_from_required", 400, "An onboarding names its date."),
        ("catalog_incoherent", 422, "The catalog file would make the catalog incoherent; nothing was imported."),
        ("score_required", 400, "A rating gives a score from 1 to 5."),
        ("key_required", 400, "A drill-down names the report's line it opens."),
        ("invalid_measure", 400, "A drill-down names one column of the report."),
        ("invalid_limit", 400, "A limit out of range."),
        ("invalid_page_size", 400, "pageSize is a number."),
        ("invalid_status", 400, "A status is a code from 1 to 10."),
        ("invalid_date", 400, "A date is yyyy-MM-dd."),
        ("invalid_document_number", 400, "Files are numbered from 1."),
        ("unauthenticated", 401, "No valid bearer token."),
        ("forbidden", 403, "The token's role may not call this route."),
        ("other_department", 403, "A department officer sees only their own department's work."),
        ("outside_intake_point", 403, "A reception officer of a branch or a commune's point sees only the dossiers received there; the attempt is recorded."),
        ("no_department", 403, "The officer's token names no department."),
        ("not_found", 404, "No such route."),
        ("dossier_not_found", 404, "No such dossier, or none the caller may see (not told apart)."),
        ("procedure_not_found", 404, "No procedure in force with this code."),
        ("form_not_issued", 404, "The dossier has no such form yet."),
        ("method_not_allowed", 405, "The route does not take this method."),
        ("request_conflict", 409, "The Idempotency-Key is in use by another request, or was used for a different one."),
        ("wrong_status", 409, "The dossier's status does not allow this now."),
        ("not_permitted", 409, "The caller may not do this to the dossier."),
        ("not_assigned", 409, "The step is not assigned to the caller's department."),
        ("step_not_active", 409, "The step is not under way."),
        ("step_already_decided", 409, "The step was decided already."),
        ("supplement_already_requested", 409, "Reception, or this department's step, asked for a supplement once already."),
        ("rating_invalid", 409, "A rating is a score from 1 to 5, with a comment of at most 1000 characters."),
        ("already_rated", 409, "The dossier was rated already, differently."),
        ("waiting_for_applicant", 409, "The dossier waits for the applicant."),
        ("reason_required", 409, "This decision needs a reason."),
        ("items_required", 409, "A supplement request lists what is missing."),
        ("documents_required", 409, "A supplement carries documents."),
        ("fee_amount_invalid", 409, "A fee request needs a positive amount."),
        ("fees_insufficient", 409, "The payment is less than the fees requested."),
        ("payment_reference_required", 409, "A payment needs its reference."),
        ("new_date_not_later", 409, "The new appointment must be later than the current one."),
        ("new_date_out_of_range", 409, "The new appointment is more than a year away."),
        ("return_method_not_allowed", 409, "The result cannot be returned that way."),
        ("department_not_onboarded", 409, "The department does not receive through the center yet."),
        ("unknown_signal", 409, "The engine does not know this kind of signal."),
        ("request_too_large", 413, "The request is larger than allowed."),
        ("attachment_too_large", 413, "A file is larger than allowed."),
        ("dossier_attachments_too_large", 413, "The dossier's files together are larger than allowed."),
        ("attachment_type_not_allowed", 415, "A file is not of an accepted type, or is not what its type says (damaged, disguised)."),
        ("too_many_requests", 429, "Too many lookups from this address; try again later."),
        ("internal_error", 500, "The server failed; nothing was changed."),
    ];

    /// <summary>The list as Markdown, for the OpenAPI document's description.</summary>
    public static string Markdown() =>
        "Every error is an RFC 7807 problem (application/problem+json) with a Vietnamese title and detail. Problem types:\n\n"
        + string.Concat(All.Select(p => $"- `{ApiProblems.TypePrefix}{p.Code}` ({p.Status}): {p.Meaning}\n"));
}
