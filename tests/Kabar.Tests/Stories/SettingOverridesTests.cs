using Kabar.Stories;

namespace Kabar.Tests.Stories;

/// <summary>`kabar eval clusters --setting NAME=VALUE` measures a knob's effect without a rebuild; bad input is named.</summary>
public class SettingOverridesTests
{
    [Fact]
    public void A_knob_takes_the_value_given_and_the_rest_keep_theirs()
    {
        var given = new ClusteringSettings();
        var changed = SettingOverrides.Apply(given, ["EventDayWindow=3", "storythreshold=0.5"], out var error);
        Assert.Null(error);
        Assert.Equal(3, changed!.EventDayWindow);
        Assert.Equal(0.5, changed.StoryThreshold);
        Assert.Equal(given.MaxCandidates, changed.MaxCandidates);
        Assert.Equal(2, given.EventDayWindow);
    }

    [Theory]
    [InlineData("Bogus=3", "'Bogus=3'")]
    [InlineData("EventDayWindow", "NAME=VALUE")]
    [InlineData("EventDayWindow=2.5", "whole number")]
    public void A_bad_override_is_refused_by_name(string item, string said)
    {
        Assert.Null(SettingOverrides.Apply(new ClusteringSettings(), [item], out var error));
        Assert.Contains(said, error);
    }
}
