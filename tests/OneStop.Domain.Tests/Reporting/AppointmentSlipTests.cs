using OneStop.Domain.Reporting;
using static OneStop.Domain.Tests.Workflow.Scenario;

namespace OneStop.Domain.Tests.Reporting;

public class AppointmentSlipTests
{
    [Fact]
    public void Shows_the_code_the_papers_received_and_the_appointment()
    {
        var slip = AppointmentSlip.For(Received())!;

        Assert.Equal("000.00.12.H56-261123-0001", slip.Code.Value);
        Assert.Equal(["Đơn đề nghị cấp giấy phép xây dựng", "Bản vẽ thiết kế xây dựng"], slip.Papers.Select(p => p.Name));
        Assert.Equal(At(12, 2, 9), slip.AppointmentAt);
        Assert.Equal("Nguyễn Thị Lan", slip.ReceivedBy);
        Assert.Equal("Trần Văn Bình", slip.ApplicantName);
    }

    [Fact]
    public void There_is_none_before_reception()
    {
        Assert.Null(AppointmentSlip.For(Filed()));
    }
}
