using OneStop.Domain.Catalog;
using OneStop.Domain.Dossiers;

namespace OneStop.Domain.Workflow;

public sealed partial class DossierEngine
{
    /// <summary>
    /// Opens a dossier in status 1 (Mới đăng ký), or lists what is wrong with the filing. An online filing must
    /// carry every mandatory paper (the portal asks for them); at the counter the officer judges completeness.
    /// </summary>
    public (AdvanceResult? Result, IReadOnlyList<ValidationError> Errors) File(DossierCode code, FilingRequest request, DateTimeOffset now)
    {
        var errors = FilingErrors(request, now);
        if (errors.Count > 0)
        {
            return (null, errors);
        }
        var involved = request.Procedure.ProcessDepartments.ToHashSet();
        var dossier = new Dossier
        {
            Code = code,
            Applicant = request.Applicant,
            Procedure = request.Procedure,
            Departments = [.. request.Departments.Where(d => involved.Contains(d.Code))],
            Channel = request.Channel,
            IntakePoint = request.IntakePoint,
            ReturnPoint = request.ReturnPoint is { } returnPoint && returnPoint.Code != request.IntakePoint.Code ? returnPoint : null,
            Documents = [.. request.Documents],
            FiledAt = now,
            TrackingSecretHash = request.TrackingSecretHash,
            TrackingSecret = request.TrackingSecret,
        };
        var transition = new Transition(dossier, now, request.Actor);
        transition.Record(new DossierFiled(request.Channel, request.IntakePoint.Code), DossierStatus.Registered);
        transition.Notify(ApplicantNotice.Filed,
            $"Hồ sơ {code} ({request.Procedure.Name}) đã được đăng ký và đang chờ tiếp nhận.");
        return (transition.Finish(null), errors);
    }

    /// <summary>What is wrong with a filing, checked before its code is taken; empty when <see cref="File"/> will open it.</summary>
    public List<ValidationError> FilingErrors(FilingRequest request, DateTimeOffset now)
    {
        var errors = new List<ValidationError>();
        var procedure = request.Procedure;
        if (procedure.EffectiveFrom > Calendar.LocalDate(now))
        {
            errors.Add(new("procedure", $"Thủ tục {procedure.Code} phiên bản {procedure.Version} chưa có hiệu lực."));
        }
        if (request.Channel == IntakeChannel.Online && procedure.OnlineLevel == OnlineLevel.None)
        {
            errors.Add(new("channel", "Thủ tục này chưa được cung cấp trực tuyến; vui lòng nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính."));
        }
        var known = procedure.Documents.Select(d => d.Code).ToHashSet();
        foreach (var unknown in request.Documents.Select(d => d.DocumentCode).Where(c => !known.Contains(c)).Distinct())
        {
            errors.Add(new("documents", $"Giấy tờ «{unknown}» không thuộc thành phần hồ sơ của thủ tục này."));
        }
        if (request.Channel == IntakeChannel.Online)
        {
            var provided = request.Documents.Select(d => d.DocumentCode).ToHashSet();
            var missing = procedure.Documents.Where(d => d.Mandatory && !provided.Contains(d.Code)).Select(d => d.Name).ToList();
            if (missing.Count > 0)
            {
                errors.Add(new("documents", $"Hồ sơ còn thiếu: {string.Join("; ", missing)}."));
            }
        }
        var catalogued = request.Departments.Select(d => d.Code).ToHashSet();
        foreach (var code in procedure.ProcessDepartments.Where(c => !catalogued.Contains(c)))
        {
            errors.Add(new("procedure", $"Đơn vị {code} của quy trình không có trong danh mục."));
        }
        return errors;
    }
}
